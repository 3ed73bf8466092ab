/**
 * Limits on what quansim reads, so that a hostile or mistaken input is refused with a message that names the
 * limit rather than taking the machine's memory or time. The figures are far above any real file: the
 * scenario, policy and population files shipped are under 20 KB.
 */

/**
 * The largest YAML input, in bytes (a file on disk) or UTF-16 units (a text in the page). Parsing costs about
 * 200 bytes of memory and 2.4 µs per byte of YAML (a 10 MB file took 2.1 GB and 24 s), so 1 MiB stays near
 * 200 MB and 2–3 s.
 */
export const MAX_YAML_BYTES = 1024 * 1024;

/**
 * The most alias nodes (`*name`) one YAML file may expand (the yaml package's maxAliasCount). Each alias can
 * repeat everything its anchor holds, so ten nested levels of ten aliases make 10^10 nodes ("billion laughs").
 */
export const MAX_YAML_ALIASES = 100;

/** The largest summary.json `quansim report` reads, in bytes (a four-year scenario's is about 5 MB). */
export const MAX_SUMMARY_BYTES = 64 * 1024 * 1024;
