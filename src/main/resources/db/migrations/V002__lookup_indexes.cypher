// Indexes the analyst queries filter and sort on.
CREATE INDEX authority_name IF NOT EXISTS FOR (a:Authority) ON (a.name);
CREATE INDEX authority_region IF NOT EXISTS FOR (a:Authority) ON (a.region);
CREATE INDEX event_year IF NOT EXISTS FOR (e:Event) ON (e.year);
CREATE INDEX event_kind IF NOT EXISTS FOR (e:Event) ON (e.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (p:Person) ON (p.name);
CREATE INDEX finding_kind IF NOT EXISTS FOR (f:Finding) ON (f.kind);
CREATE INDEX document_kind IF NOT EXISTS FOR (d:Document) ON (d.kind);
