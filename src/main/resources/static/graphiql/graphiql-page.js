/*
 * Renders GraphiQL against this application's GraphQL endpoint. A link such as
 * /graphiql?query=…&variables=…&operationName=… opens as given; "Copy link" puts the editor's
 * current query, variables and operation into such a link; the example picker opens one of the
 * project's documents (docs/queries) the same way. Without a query in the link it opens on a
 * small example, with the schema's documentation explorer showing.
 */
(function () {
  'use strict';

  var EXAMPLE_QUERY = [
    '# Inspection Graph\'s GraphQL API.',
    '# Run this query with ▶ or Ctrl+Enter.',
    '# Docs (left) describes every type; "Examples" (above) opens the project\'s own queries.',
    '{',
    '  graphStats {',
    '    nodeCount',
    '    relationshipCount',
    '    labels {',
    '      label',
    '      count',
    '    }',
    '  }',
    '}',
    ''
  ].join('\n');

  var container = document.getElementById('graphiql');
  var endpoint = new URL(container.dataset.endpoint, window.location.href).toString();
  var given = new URLSearchParams(window.location.search);
  var givenOperation = given.get('operationName') || '';

  /** What the editors hold now, kept up to date by GraphiQL's callbacks. */
  var state = {
    query: given.has('query') ? given.get('query') : EXAMPLE_QUERY,
    variables: given.get('variables') || '',
    operationName: given.get('operationName') || ''
  };

  /** A link that opens GraphiQL on the given query, variables and operation. */
  function linkTo(query, variables, operationName) {
    var params = new URLSearchParams();
    params.set('query', query);
    if (variables && variables.trim()) params.set('variables', variables);
    if (operationName) params.set('operationName', operationName);
    return window.location.origin + window.location.pathname + '?' + params.toString();
  }

  function say(text) {
    document.getElementById('graphiql-status').textContent = text;
  }

  /** The operations a document defines, by name. */
  function operationsOf(query) {
    return (query.match(/^\s*(?:query|mutation|subscription)\s+(\w+)/gm) || []).map(function (line) {
      return line.trim().split(/\s+/)[1];
    });
  }

  /**
   * The operation to name in the link: the one the link was opened with while the query still
   * defines it (GraphiQL reports the first operation of a document as it parses it, which is not
   * a choice), else the one GraphiQL last reported, when the query defines it.
   */
  function operationToLink() {
    var defined = operationsOf(state.query);
    if (givenOperation && defined.indexOf(givenOperation) >= 0) return givenOperation;
    return defined.indexOf(state.operationName) >= 0 ? state.operationName : '';
  }

  function copyLink() {
    var link = linkTo(state.query, state.variables, operationToLink());
    document.getElementById('graphiql-link').value = link;
    window.history.replaceState(null, '', link);
    var copied = navigator.clipboard && window.isSecureContext
      ? navigator.clipboard.writeText(link) : Promise.reject(new Error('no clipboard'));
    copied.then(function () {
      say('Link copied: it opens this query, its variables and operation.');
    }, function () {
      document.getElementById('graphiql-link').select();
      say('Link ready in the box: copy it with Ctrl+C.');
    });
  }

  /** Each operation of each example document, as options of the picker. */
  function loadExamples(select) {
    fetch('examples').then(function (r) { return r.json(); }).then(function (files) {
      return Promise.all(files.map(function (file) {
        return fetch('examples/' + encodeURIComponent(file)).then(function (r) { return r.text(); })
          .then(function (text) { return { file: file, text: text }; });
      }));
    }).then(function (documents) {
      documents.forEach(function (doc) {
        var group = document.createElement('optgroup');
        group.label = doc.file;
        var operations = doc.text.match(/^(?:query|mutation) (\w+)/gm) || [];
        operations.forEach(function (line) {
          var option = document.createElement('option');
          option.value = linkTo(doc.text, '', line.split(' ')[1]);
          option.textContent = line.split(' ')[1];
          group.appendChild(option);
        });
        select.appendChild(group);
      });
      select.disabled = false;
    }).catch(function () {
      say('The example queries could not be loaded.');
    });
  }

  var picker = document.getElementById('graphiql-examples');
  picker.addEventListener('change', function () {
    if (picker.value) window.location.href = picker.value;
  });
  document.getElementById('graphiql-copy').addEventListener('click', copyLink);
  loadExamples(picker);

  function onTabChange(tabState) {
    var tab = tabState.tabs[tabState.activeTabIndex];
    if (!tab) return;
    state.query = tab.query || '';
    state.variables = tab.variables || '';
    state.operationName = tab.operationName || '';
  }

  /**
   * GraphiQL's fetcher, which also marks the page ready (as the dashboard marks its views, for
   * tests and the page benchmark) once the schema has arrived and the editors show it.
   */
  function readyMarkingFetcher() {
    var fetchGraphQL = GraphiQL.createFetcher({ url: endpoint });
    var marked = false;
    return function (params, options) {
      var result = fetchGraphQL(params, options);
      if (!marked && params && params.operationName === 'IntrospectionQuery') {
        Promise.resolve(result).then(function () {
          requestAnimationFrame(function () {
            if (marked) return;
            marked = true;
            performance.mark('inspection-graph:view-ready', { detail: 'graphiql' });
          });
        });
      }
      return result;
    };
  }

  var graphiql = React.createElement(GraphiQL, {
    fetcher: readyMarkingFetcher(),
    query: state.query,
    variables: state.variables || undefined,
    operationName: state.operationName || undefined,
    onEditQuery: function (query) { state.query = query; },
    onEditVariables: function (variables) { state.variables = variables; },
    onEditOperationName: function (name) { state.operationName = name || ''; },
    onTabChange: onTabChange,
    visiblePlugin: given.has('query') ? undefined : GraphiQL.React.DOC_EXPLORER_PLUGIN
  });
  ReactDOM.createRoot(container).render(graphiql);
})();
