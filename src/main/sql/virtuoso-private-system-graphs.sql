-- Virtuoso keeps graphs of its own (its RDF views' schema, LDP terms, the endpoint's description: about 2,500
-- triples) beside the data, and a query without FROM reads every graph: an analyst counting ?s ?p ?o would count
-- them. Making them private hides them from the SPARQL endpoint's anonymous user, for whom the default graph is
-- then exactly kg's graphs (README, "Beyond one machine"). Run once on a new database, as dba:
--   isql-vt HOST:PORT dba PASSWORD src/main/sql/virtuoso-private-system-graphs.sql
-- These are the graphs a new Virtuoso 7.2 database holds; VirtuosoParityIT checks none is left in the default graph.
DB.DBA.RDF_GRAPH_GROUP_CREATE ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 1);
DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://www.openlinksw.com/schemas/virtrdf#');
DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://www.w3.org/ns/ldp#');
DB.DBA.RDF_GRAPH_GROUP_INS ('http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs', 'http://localuriqaserver/sparql');
-- everyone may read the graphs that are not private (kg's), and none of the private ones
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 1);
DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);
