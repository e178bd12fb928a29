// Findings by meaning: each finding's vector (384 floats of the sentence-embedding model, see
// graph/embedding/FindingEmbeddings.java) in f.embedding, with the id of the model that made it in
// f.embeddingModel, under a cosine vector index (Neo4j 5.11 or later). The vectors are filled in the
// background after this migration, and again whenever the model changes (a finding whose
// embeddingModel differs is embedded anew), and a model with vectors of another length needs a migration
// that drops and recreates this index with its dimensions. The model in use is recorded on this
// migration's :SchemaMigration node (embeddingModel, embeddingModelName, embeddingModelVersion).
CREATE VECTOR INDEX finding_embedding IF NOT EXISTS FOR (f:Finding) ON (f.embedding)
OPTIONS {indexConfig: {`vector.dimensions`: 384, `vector.similarity_function`: 'cosine'}};
CREATE RANGE INDEX finding_embedding_model IF NOT EXISTS FOR (f:Finding) ON (f.embeddingModel);
