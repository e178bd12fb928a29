/*
 * Renders GraphiQL against this application's GraphQL endpoint, opened on an example query with
 * the schema's documentation explorer showing.
 */
(function () {
  'use strict';

  var EXAMPLE_QUERY = [
    '# Inspection Graph\'s GraphQL API.',
    '# Run this query with ▶ or Ctrl+Enter.',
    '# Docs (left) describes every type.',
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

  var graphiql = React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: endpoint }),
    defaultQuery: EXAMPLE_QUERY,
    visiblePlugin: GraphiQL.React.DOC_EXPLORER_PLUGIN
  });
  ReactDOM.createRoot(container).render(graphiql);
})();
