// Area SEND inspections (Ofsted and CQC): an event's outcome on its own scale and the local area
// partnership inspected hang off the event (OF_EVENT) and the document stating them (STATED_IN),
// like judgements. The partnership links its council (the Authority) and its health body, one
// HealthBody node per integrated care board, shared by the partnerships it belongs to.
CREATE CONSTRAINT outcome_id IF NOT EXISTS FOR (o:Outcome) REQUIRE o.id IS UNIQUE;
CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (p:Partnership) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT health_body_key IF NOT EXISTS FOR (h:HealthBody) REQUIRE h.key IS UNIQUE;
CREATE RANGE INDEX outcome_value IF NOT EXISTS FOR (o:Outcome) ON (o.value);
