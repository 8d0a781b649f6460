/** The help of each command, printed by `--help` and after a usage error. */
export const USAGE: Record<string, string> = {
  main: `Usage: hcc-server [command] [options]

Serves the hcc public API from PostgreSQL: DATABASE_URL when set, else an embedded database in ./.hcc-data
(HCC_DATA_DIR).

Commands:
  serve                               serve the API (the default)
  migrate                             apply pending database migrations
  import catalogue FILE               import procedures (national JSON lines or LayThuTuc packets)
  import agencies FILE                import agencies (the format of the bundled data/agencies.json)
  token create --name NAME [--agency CODE]...   create an ingest token (printed once, on the last line)
  token list                          list ingest tokens
  token revoke NAME                   revoke an ingest token
  export ratings --month YYYY-MM      the month's satisfaction summary per agency (DongBoDanhGia JSON)

Run "hcc-server COMMAND --help" for a command's options.`,
  serve: `Usage: hcc-server serve [options]

Options:
  --port N               port (default 4020; 0 = any free port)
  --host H               address to listen on (default 127.0.0.1)
  --trust-proxy          take the client address from X-Forwarded-For (only behind a proxy that sets it)
  --cors-origin ORIGIN   an origin allowed to call the API from a browser; repeat for several (default: any)
  --status-map FILE      JSON table of source statuses to national codes 1-10, for the ingest API
  --ingest-body-limit N  largest ingest request body in bytes (default 10485760)
  --max-client-failures N  failed look-ups per client per 15 minutes (default 20)
  --log-level LEVEL      fatal, error, warn, info (default), debug or silent

Environment: DATABASE_URL, HCC_DATA_DIR, HCC_VERIFIER_KEY (key of the verifier hashes; default: one kept in the
database), HCC_CORS_ORIGINS (comma-separated), HCC_STATUS_MAP (file), HCC_TRUST_PROXY=1.`,
  migrate: `Usage: hcc-server migrate

Applies the pending migrations. Safe to run twice, and from several instances at once.`,
  import: `Usage: hcc-server import catalogue FILE
       hcc-server import agencies FILE

Adds new records and updates changed ones in one transaction, then reports how many were added, changed and
unchanged, and every rejected line with its reason. Exits 1 when nothing could be read.`,
  token: `Usage: hcc-server token create --name NAME [--agency CODE]...
       hcc-server token list
       hcc-server token revoke NAME

An ingest token authorises POST /ingest/v1/... (Authorization: Bearer TOKEN). Only its hash is stored: the token is
printed once, alone on the last line. --agency limits it to dossiers whose code starts with that agency identifier.`,
  export: `Usage: hcc-server export ratings --month YYYY-MM

Prints the month's satisfaction summary per agency as JSON, in the shape of the national DongBoDanhGia service.`,
};

/** A mistake in the command line: its message and the help to print after it. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command = 'main',
  ) {
    super(message);
  }
}
