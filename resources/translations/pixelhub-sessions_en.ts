<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivityReader</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity database is configured. Set one in Settings to see last activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local activity cache cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity database is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1; the table webhook_raw_logs is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the activity database file %1 (%2). Check the path in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the activity database at %1 (%2). Check the address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity database at %1 refused the user %2 (%3). Check the user and password in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the database name in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity database %1 has no table webhook_raw_logs. Check that the address points at the Pixel Hub database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading activity from %1 failed (%2). Check the address in Settings or ask the database administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity database at %1 did not answer within %2 s (%3). The list still works; if it persists, check the database server&apos;s load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column id of webhook_raw_logs in %1 is not an integer, so its rows cannot be read newest first. Point the activity database at the Pixel Hub table, whose id is an auto-increment integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the activity rows written since the last refresh (up to id %1 of %2). Activity will show after one of the next refreshes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>(no gateway configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; using only the secrets set in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot;: its credential travels in clear text over http:// (allowed in the settings, gateway/allowCleartext). Use https:// unless the network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Activity database, e.g. mysql://user@host:3306/db or sqlite:///path.db (else PIXELHUB_ACTIVITY_DSN, else the profile); the password comes from PIXELHUB_ACTIVITY_PASSWORD or the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connected session silent for longer than this is a zombie (default: the profile&apos;s threshold, 4 h).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage and monitor the WhatsApp gateway sessions without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 help COMMAND&quot; or &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never accepted as arguments: set PIXELHUB_GATEWAY_SECRET and PIXELHUB_ACTIVITY_PASSWORD in the environment, or save them in the keychain with the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 usage error; healthcheck: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they leak into the process list and shell history). Set PIXELHUB_GATEWAY_SECRET or PIXELHUB_ACTIVITY_PASSWORD in the environment (e.g. a mode 0600 EnvironmentFile), or save them in the keychain with the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print progress messages and diagnostic logs on stderr, even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work with this saved gateway only (see &quot;gateways&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway base URL for this run alone, as the gateway &quot;default&quot; (else PIXELHUB_GATEWAY_URL, else the saved gateways).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the gateway of --gateway speaks: %1 (else PIXELHUB_GATEWAY_DIALECT, else pixelhub).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--profile NAME] [--gateway URL] [--dialect D] [--activity-dsn DSN] [--silent-hours N] [--json] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an http:// or https:// URL with a host, e.g. https://wpp.example.com.br:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile and --gateway exclude each other: --gateway defines a gateway for this run alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dialect: unknown gateway type &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session id: use 1 to 64 letters, digits, &quot;_&quot; or &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--silent-hours needs a number of hours from 1/60 to %1, e.g. 4 or 0.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigResolver</name>
    <message>
        <source>The credential of gateway &quot;%1&quot; comes from the environment variable %2, which is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway &quot;%1&quot;: no gateway is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no gateway &quot;%1&quot;. Gateways: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team history database setting is not valid, so the history stays on this computer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the QR code to FILE as PNG (overwritten when it rotates); default: a file in the temporary directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the scan (0, the default: stop once the QR code is written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnect: recreate the session even when it looks connected and healthy (this drops the phone&apos;s link until the new QR is scanned).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is connected and active (%2), so it was not recreated. Use --force to recreate it anyway; the phone must then scan a new QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway says session &quot;%1&quot; is connected and there is no activity evidence that it is not (%2). A new QR code needs the session to be recreated, which drops the phone&apos;s link: run again with --force to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--wait needs a whole number of seconds from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--qr-png: the folder of &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the QR code to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New QR code written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code was not scanned within %1 s. Run the command again for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not give a QR code in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code written; the phone was not linked while waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with the phone number PHONE (country code first) instead of a QR code: prints the code to type on the phone alone on one line, then waits for the link like --wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pairing-code needs the phone number with its country code, 8 to 15 digits (e.g. 5547999999999).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the code to be typed on the phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing code was not typed on the phone in time. Run the command again for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a session and get its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the session ID on the gateway and gets its QR code, written as a PNG file (--qr-png FILE, else a file in the temporary directory); the path is printed. With --wait N, waits up to N seconds for the phone to scan it (exit code 0 once connected, 1 on failure or timeout); with --wait 0 (the default), ends once the QR code is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete a session from the gateway (needs --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the session ID from the gateway: its WhatsApp link is lost and its QR must be scanned again after a create. Nothing is sent without --yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the deletion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to delete &quot;%1&quot; without --yes: the WhatsApp link would be lost. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeleteSessionDialog</name>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeletionCheck</name>
    <message>
        <source>The gateway accepted the deletion of &quot;%1&quot;, but the session still exists. Refresh and try again; if it persists, check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway accepted the deletion of &quot;%1&quot;, but it could not be confirmed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>Demo mode needs a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode needs the %1 program, which is not installed. Install it, or start it elsewhere and run with --demo --gateway URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo gateway (%1) could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo gateway (%1) stopped before it was ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>A %1 gateway cannot list its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot create sessions from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot delete sessions from this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot start a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot restart a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot log a session out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot link a session with a phone number (pairing code); scan the QR code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot tell when the last message came.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 gateway cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone logged this device out (code 401): link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp refused this session (code %1); Evolution will not reconnect it by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link dropped (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Evolution gateway answered without an instance list. Check the gateway URL and the dialect in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Evolution gateway answered without the instance&apos;s state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is connected: there is nothing to link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WAHA gave up on this session: restart it; if that does not help, log it out and link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAHA gateway answered without a session list. Check the gateway URL and the dialect in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAHA gateway answered without the session&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WAHA gateway answered without a pairing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending still works but reading does not: log the session out and link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whapi.Cloud account has this number deactivated (trial over or billing); linking it again will not fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session failed: log it out and link it again, or contact Whapi.Cloud support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway answered without the session&apos;s status. Check the gateway URL and the dialect in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway could not make a QR code. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway answered without a pairing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect server refused the secret (%1). Check the secret (SECRET_KEY) of this gateway in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect server answered without a session list. Check the gateway URL, the secret and the dialect in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect server answered without the session&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect server has no client for the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect session is closed; it must be started first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect server answered without a pairing code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wppconnect server generated no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway could not make a QR code (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dsn</name>
    <message>
        <source>The database address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address is not valid. Use mysql://user@host:3306/db, postgresql://user@host:5432/db or sqlite:///path/to/file.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address must not contain a password. Remove it from the address and store it in Settings (it is kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address takes no options (&quot;?…&quot; or &quot;#…&quot;); a password never goes there: store it in Settings (it is kept in the system keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;. Use mysql, postgresql or sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite database needs an absolute path, for example sqlite:///var/lib/pixelhub/activity.db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has no user name (user@host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database address has no database name (…/database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayChoice</name>
    <message>
        <source>Several gateways are configured (%1): name the one for the new session with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; exists on several gateways (%2): name one with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; was not found, and the gateways %2 could not list their sessions just now: it may be on one of them. Try again, or name the gateway with --profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway has a session &quot;%1&quot; (gateways: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayCommand</name>
    <message>
        <source>Add or remove a saved gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway add NAME --dialect D --url URL [--secret-env VAR] | gateway remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway add saves a gateway under NAME (1 to 32 lower-case letters, digits, &quot;-&quot; or &quot;_&quot;). Its credential comes from the environment variable that --secret-env names, read at every run (for servers and cron); without --secret-env, the value of PIXELHUB_GATEWAY_SECRET is stored in the keychain under this gateway&apos;s own entry.
gateway remove forgets the gateway and removes its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL, e.g. https://wpp.example.com.br:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the credential from this environment variable at every run instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway add needs --url URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set PIXELHUB_GATEWAY_SECRET to the gateway&apos;s credential (it is stored in the keychain), or name a variable with --secret-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential could not be stored in the keychain, so the gateway was not saved. On a server, use --secret-env VAR instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot; updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot; added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved gateway &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot; removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keychain entry could not be removed; remove &quot;%1&quot; from the keychain by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayJob</name>
    <message>
        <source>The gateway reported a failure without saying why (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reported a failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayProfiles</name>
    <message>
        <source>A gateway name uses 1 to 32 lower-case letters, digits, &quot;-&quot; or &quot;_&quot;, e.g. &quot;vendas-sp&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown gateway type &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address, e.g. https://wpp.example.com.br:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Hub wrapper (wppconnect)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayUrlCheck</name>
    <message>
        <source>Enter a full address that starts with https://, e.g. https://wpp.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is reached over https:// (or http://); &quot;%1://&quot; is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name. Enter it as https://host[:port].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the secret has its own field and is kept in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// is not encrypted: the gateway secret and your sessions travel in clear text. Use https:// unless the gateway runs on this computer or a trusted network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewaysCommand</name>
    <message>
        <source>environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateways: name, type, address, where the credential comes from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the gateways this run works with: the saved ones, or the one that --gateway or PIXELHUB_GATEWAY_URL defines (named &quot;default&quot;), or the one --profile names.
With --json: one JSON array of objects with the keys name, dialect, url and secret (&quot;keychain&quot; or &quot;env:VARIABLE&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway is configured. Add one with: %1 gateway add NAME --dialect pixelhub --url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>not acted upon yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway could not be asked for its sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(dry run: no request sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session was checked and nothing was sent: the gateway did not give its session list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the gateway answered with an empty session list; there is nothing to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: zombies could not be detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, possibly disconnected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateway %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1 not checked, nothing sent to it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; gateway %2 not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; gateways %2 not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for QR scan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in an unknown state</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly disconnected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthcheckCommand</name>
    <message>
        <source>Monitoring check; asks for a QR for every unhealthy session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only report: send no QR request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks every session like a monitoring plugin. Exit code 0 OK, 1 WARNING (zombies only), 2 CRITICAL (a session not connected), 3 UNKNOWN (gateway unreachable, secret refused, or an error page instead of JSON; also a bad argument).
Without --dry-run, asks the gateway for a QR once for every unhealthy session (GET /api/channels/ID/qr), which makes the gateway try to reconnect it; it never deletes or creates a session. The first line is the verdict with performance data, then one line per unhealthy session with what was done. With several gateways, every one is checked at once and the verdict is the worst (a gateway that cannot be asked makes it UNKNOWN unless another has a session not connected). With --json: one object {verdict, exit_code, counts, sessions}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Status changes and operator actions of one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the status changes the desktop app and the command line saw for one session, and the operator actions on it (create, reconnect, restart, logout, delete, threshold, settings: who, when, result), oldest first, from every gateway (or --profile), then its uptime over the period.
With --json: one JSON array, oldest first; each element has at, gateway, session, kind (status or action), and for a status change from, to, gateway_status and zombie, for an action action, actor and result (ok or the failure message).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back: hours (24h) or days (7d); default 24h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes a number of hours or days, such as 24h or 7d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history did not answer in time. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history for the session &quot;%1&quot; in the last %2.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (possibly disconnected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (gateway: &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change in the last %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime over the last %1: %2% of the %3 the history knows of.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDb</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation cannot reach a history database of this type (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the history file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the history database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare the history database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database refused a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database refused a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history database %1 was created by a newer version of Pixel Hub Sessions (schema %2); update this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the history schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history database&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prune the history database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the history file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the history has not seen this session change status since it was first seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet: the history has no record of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected (and not possibly disconnected) %1 of the last 24 h, %2 of the last 7 days, counted over the time the history knows of.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last action: %1 by %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>All sessions: id, status, last activity, zombie flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway lists no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions, %2 connected, %3 possibly disconnected (zombie).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: last activity unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateways list no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Note: gateway &quot;%1&quot; is inconsistent: it lists %n id(s) more than once (%2). Every row is shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every session of every gateway (or of --profile) with its status, its last activity (when an activity database is configured) and whether it is a zombie (connected, but silent for longer than the threshold). A gateway that does not answer gets one line on stderr; the exit code is then 1. A gateway that lists one id more than once is inconsistent: every row is shown, and one note on stderr names the ids.
With --json: one JSON array of objects with the keys id, name, status, gateway_status, last_activity_at (ISO 8601 UTC or null), silent_for_at_least_s (when the last activity is older than the rows read so far: the silence it is known to exceed, in seconds; else null), is_zombie, gateway, dialect, duplicate_id (true when the gateway lists this id more than once) and status_since (since when the session is in its status, from the history, ISO 8601 UTC or null).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by session, name or status (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only sessions needing &amp;attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions that are not connected or possibly disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the gateway for its sessions now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway address and secret, activity database, refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pixel Hub Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions of one gateway only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sales-team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Usage: %1 [global options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 help%2&quot; for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the command line the secret comes from PIXELHUB_GATEWAY_SECRET, else the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the command line: --gateway URL or PIXELHUB_GATEWAY_URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Link a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconnectCommand</name>
    <message>
        <source>Get a new QR code for an existing session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the gateway for a QR code for the session ID and writes it as a PNG file (--qr-png FILE, else a file in the temporary directory); the path is printed. A session the gateway still calls connected although its phone is gone can only give a QR code after being recreated: this command then deletes and creates it again without asking (it says so). With --wait N, waits up to N seconds for the scan (exit code 0 once connected, 1 on failure or timeout); with --wait 0 (the default), ends once the QR code is written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n day ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n days ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseClassifier</name>
    <message>
        <source>Cannot reach the gateway at %1: the connection was refused. Check the gateway URL in Settings and that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway host in %1 was not found. Check the gateway URL in Settings and this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway at %1 closed the connection before answering completely. Try again; if it persists, the gateway may be restarting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate at %1 is not trusted (%2). If the gateway uses a private certificate authority, set its CA file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network proxy failed (%1). Check this computer&apos;s proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot talk to the gateway at %1 (%2). Check the gateway URL in Settings and the network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway at %1 sent no HTTP answer. Check the gateway URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The web server in front of the gateway asks for a password (HTTP 401). The gateway&apos;s /api/ address must not require one: ask whoever runs the gateway&apos;s nginx to turn off Basic Auth there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not receive a secret (HTTP 401). Enter the gateway secret in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the secret (HTTP 401). Check the secret in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sent an empty answer (HTTP %1). A healthy gateway always answers with data: check that it is running properly, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway took too long and its web server gave up (HTTP 504 Gateway Time-out). The gateway is busy or stuck: try again in a minute; if it persists, ask for the gateway to be restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s web server cannot reach the gateway (HTTP %1). The gateway is probably down or restarting: try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP %1%2). Check the gateway URL in Settings: it usually ends with :8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not valid data (%1 at byte %2); it may have been cut off. Try again; if it persists, check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know this request (HTTP 404, Route not found). Check the gateway URL in Settings and the gateway&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know this session (HTTP 404%1). Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused: the session already exists (HTTP 409%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused access (HTTP 403%1). Check the secret in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered with a redirect (HTTP %1) that was not followed. Check the gateway URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reported an internal error (HTTP %1). Try again; if it persists, tell whoever runs the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reported an internal error (HTTP %1%2). Try again; if it persists, tell whoever runs the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionActionCommand</name>
    <message>
        <source>Restart a session on the gateway (keeps the link with the phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session out: unlink the phone, keep the session (needs --yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks the gateway to restart the session ID: it stops and starts again, keeping the link with the phone. Only for gateways whose dialect can restart (waha, evolution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs the session ID out: the phone&apos;s link is dropped (it leaves WhatsApp&apos;s Linked devices) but the session and its settings stay, ready for a new QR code or pairing code. Nothing is sent without --yes. Only for gateways whose dialect can log out (waha, evolution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the logout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to log &quot;%1&quot; out without --yes: the phone&apos;s link would be dropped. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; logged out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSSIBLY DISCONNECTED (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok (activity unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://wpp.example.com:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional PEM file (private CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listing timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off (manual only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly disconnected after &amp;silence of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count sessions with &amp;no activity recorded as possibly disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the activity database before showing the sessions without their last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateways:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every gateway the window watches. Select one to edit it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching this gateway and forget its credential (on Save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name shown in the Gateway column: lower-case letters, digits, - and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The software the gateway runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or from &amp;variable:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: name of an environment variable that holds the credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For servers and shared desks: the credential is read from this environment variable at every start instead of the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every status change and every action on a session is kept on this computer. Optionally, a team database (MariaDB or PostgreSQL) gathers the history of every desk and of the server&apos;s checks in one place; while it cannot be reached, records wait on this computer and are sent later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: postgresql://user@host:5432/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep records for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older records are removed, a few at a time, on this computer and in the team database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test team &amp;database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole app changes language when you save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>One session, with the raw gateway answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not describe the session &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zombie:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, possibly disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered about the session &quot;%1&quot; when asked for &quot;%2&quot;; nothing is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows one session: its status (normalised and as the gateway says it), name, last activity, whether it is a zombie and why, and the gateway&apos;s raw answer about it.
With --json: one object with the keys id, name, status, gateway_status, last_activity_at, silent_for_at_least_s, is_zombie, health, reason, gateway_reason (what the gateway&apos;s state means, or null) and gateway_answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway answer (as received):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestConnectionCommand</name>
    <message>
        <source>Activity database: answered, activity known for %1 channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity database: not configured (zombies cannot be detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the gateways (latency, session count) and the activity database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sessions of every gateway once (all at once; --profile NAME for one) and reports each one&apos;s latency and number of sessions, or its error. When an activity database is configured, reads it once too. Exit code 0 when everything configured answers, 1 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a gateway&apos;s name and its address</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZombiePolicy</name>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activity database not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last activity unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity recorded (counted as a zombie by the settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for %1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last activity %1 ago (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for more than %1 (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>silent for at least %1; older history is still being read (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected %1 ago; its last message is older (threshold %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>activity::ActivityIndex</name>
    <message>
        <source>The activity database at %1 did not answer within %2 s. The list still works; if it persists, check the database server&apos;s load.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli::CommandContext</name>
    <message>
        <source>The gateway did not list its sessions in time. Check the gateway and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer in time. Check the gateway and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity database did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gateway::GatewayClient</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Check the CA file in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gateway is configured. Open Settings and enter the gateway URL and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway address %1 uses plain http:// to another computer: the secret would travel in clear text, so nothing was sent. Use https://, or allow clear text for this gateway in the profile (gateway/allowCleartext=true) if the network is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway gave no token for the session %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gateway::GatewayJob</name>
    <message>
        <source>The gateway redirected the request to another address (%1); it was not followed, so the secret was not sent there. Check the gateway URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the gateway at %1 within %2 s. Check the gateway URL and that the gateway is reachable from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s. It may be overloaded: wait a moment and try again; if it persists, check that the gateway is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is larger than %1 MiB and was refused. Check the gateway URL: this is not what the gateway normally sends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with a redirect (HTTP %3 to %4); it was not followed, so nothing was done. Check the gateway URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway at %1 answered with too many redirects (a redirect loop); the request was given up. Check the gateway URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway at %1 redirected from https:// to http://; it was not followed, so the secret was not sent in clear. Check the gateway URL in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is too large once decompressed (more than %1 MiB) and was refused. Check the gateway URL: this is not what the gateway normally sends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gateway::GetChannelJob</name>
    <message>
        <source>The gateway answered without the session&apos;s status.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gateway::ListChannelsJob</name>
    <message>
        <source>The gateway answered without a session list. Check the gateway URL in Settings and the gateway&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>health::HealthCheck</name>
    <message>
        <source>not sent (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked the gateway for a QR: it still says connected, so no reconnect was triggered (run &quot;reconnect %1&quot; to recreate the session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked the gateway for a QR (reconnect triggered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked the gateway for a QR, failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history::HistoryWorker</name>
    <message>
        <source>The team history database does not answer; the history is kept on this computer and sent when it is back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep the WhatsApp gateway&apos;s sessions online. Secrets come from the keychain or the PIXELHUB_GATEWAY_SECRET / PIXELHUB_ACTIVITY_PASSWORD environment variables, never from arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway URL for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity database for this run (mysql://, postgresql:// or sqlite:///).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the demo only when no gateway URL is configured anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language for this run: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run against a simulated gateway: starts wa-gateway-sim, or with --gateway uses a simulator already running there (secret from PIXELHUB_GATEWAY_SECRET).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qr::QrImage</name>
    <message>
        <source>The QR code sent by the gateway is larger than %1 KiB and was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code sent by the gateway is not valid base64 data, so it cannot be shown. Try again; if it persists, check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code is an address (%1); it needs to be downloaded first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code sent by the gateway is a data address that holds no base64 image (%1). Check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing text sent by the gateway is too long for a QR code (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sent an empty QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code sent by the gateway is base64 data but not an image (PNG, JPEG, GIF or BMP), so it cannot be shown. Try again; if it persists, check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR image from the gateway is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code from the gateway is not an image (PNG, JPEG, GIF or BMP), so it cannot be shown. Try again; if it persists, check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR image from the gateway has an implausible size (%1×%2 pixels), so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR image from the gateway is damaged and cannot be shown (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runtime::GatewayActivity</name>
    <message>
        <source>the gateway did not tell the last message in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the gateway&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway did not tell the last message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runtime::GatewayProbe</name>
    <message numerus="yes">
        <source>%n session, answered in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions, answered in %1 ms.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runtime::Runtime</name>
    <message>
        <source>The activity database setting is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runtime::SessionMonitor</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sessions::ConnectFlow</name>
    <message>
        <source>Creating the session %1 on the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateway for a QR code for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 created. Waiting for the gateway to prepare the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session named %1 already exists on the gateway. Use Reconnect on it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not create the session %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The gateway still says the session %1 is not started, after %n start attempt(s). Check the gateway (WPPConnect) and try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The session %1 is not started on the gateway; starting it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session started. Waiting for the gateway to prepare the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway cannot start the session %1 (%2). A QR code can only be had by recreating the session (delete, then create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know the session %1. Create it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is preparing the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway still says %1 is connected but makes no QR code, even after recreating the session. Check the gateway (WPPConnect), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway says %1 is connected, but no QR code can be made without recreating the session (delete, then create). The link with the phone, if any is left, will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreating the session %1 on the gateway (delete, then create)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not delete the session %1 for the restart. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 recreated. Waiting for the gateway to prepare the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was deleted for the restart but could not be created again. %2 Create it again with Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code with WhatsApp on the phone: Linked devices &gt; Link a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code has expired; getting a new one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No QR scan within %1. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway gave no QR code within %1. Last answer: %2 Try again; if it persists, check the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping: first creating the session %1 again, which the restart had deleted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway gave no QR code within %1. Last answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not answer within %1, so it gave no QR code. Check that the gateway is running, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code on the phone: WhatsApp &gt; Linked devices &gt; Link a device &gt; Link with phone number instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway gives no code to a session already waiting for a QR scan; starting %1 again for a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway gave no pairing code for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway still says %1 is connected but makes no QR code, even after logging it out. Try again; if it persists, tell whoever runs the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway says %1 is connected, so it makes no QR code. A new one needs the session to be logged out; the link with the phone, if any is left, will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging the session %1 out on the gateway for a new QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 logged out. Waiting for the gateway to prepare the QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway did not log the session %1 out. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Stopped after %2 refused attempts in a row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sessions::SessionBook</name>
    <message numerus="yes">
        <source>The gateway lists this id %n times: it is inconsistent. Each row is shown as the gateway sent it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sessions::Status</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for QR scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings::SecretStore</name>
    <message>
        <source>Access to the keychain was denied, so secrets are kept for this session only. Unlock the keychain and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so the access key and passwords are kept for this session only: type them again the next time you open the app. If it keeps happening, tell whoever manages this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AboutDialog</name>
    <message>
        <source>About Pixel Hub Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the WhatsApp sessions of the Pixel Hub gateway online: shows every session with its real status and last activity, spots sessions that claim to be connected but went silent, and reconnects them with a QR code. The command-line twin, pixelhub-sessions-cli, does the same for cron and monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 Pixel Hub. Pixel Hub Sessions is free software under the MIT License.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third-party components and their licences:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows, network, SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR Code generator library (Nayuki)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes from raw text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB Connector/C (Qt&apos;s QMYSQL driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MariaDB / MySQL activity database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libpq (Qt&apos;s QPSQL driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL License</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL activity database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded activity database, local cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt HTTP Server (in wa-gateway-sim only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated gateway that demo mode starts as a separate program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ActivityBanner</name>
    <message>
        <source>The activity database is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that stopped receiving messages cannot be detected right now: the activity database cannot be read, so such a session still shows as connected. Check the activity database in Settings; if it persists, tell whoever runs the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::AppContext</name>
    <message>
        <source>No activity database is configured, so the last activity is unknown. Set one up in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity database is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the activity database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::BadgeTone</name>
    <message>
        <source>Possibly disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::BulkActions</name>
    <message>
        <source>Reconnect &amp;selected sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect every selected session, one at a time, each QR code in its turn (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect selected sessions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;art selected sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart every selected session, one at a time; the phones stay linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out selected sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the phone&apos;s link to every selected session, one at a time, after asking; the sessions stay on their gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart selected sessions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out selected sessions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Each phone&apos;s link is dropped: WhatsApp on the phone lists this computer no longer, and no messages go through the session until a phone links again by QR code or phone number. The sessions stay on their gateways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out selected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log out the phone of each session listed?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected but left as they are, because their gateways cannot log a phone out: %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log out the phones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::CleartextWarning</name>
    <message>
        <source>⚠ Secret sent in clear text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The credential of %n gateway(s) (%1) travels in clear text over http:// to another computer, because the settings allow it (gateway/allowCleartext). Anyone on the network path can read it. Use an https:// address unless the network is trusted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DeleteSessionDialog</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning: this PERMANENTLY deletes the session “%1” from the gateway.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone linked to it is disconnected. To use it again you will have to create the session again and scan a new QR code with the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm, type the session id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id to confirm the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway does not know the session %1 (any more). Refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was not deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is deleting the session; closing this window does not stop it. If it fails, this window comes back with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::DetailsDisclosure</name>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::EmptyStateWidget</name>
    <message>
        <source>No gateway configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the WhatsApp gateway and its secret to see your sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the gateway for its sessions. A gateway with many sessions can take a while to answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions on this gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway answered, but it has no WhatsApp sessions yet. Create one and link a phone to it with its QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message above says what went wrong and has Retry. If the address or the access key of the gateway is wrong, correct it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthCheckController</name>
    <message>
        <source>Checking the sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check: the sessions could not be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health check: %1. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fix unhealthy sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, then list the sessions that need attention and reconnect them one at a time, each QR code in its turn (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect (looks connected, but is silent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan its QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect if it stays starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect and scan a new QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix unhealthy sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix unhealthy sessions: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HealthSummary</name>
    <message>
        <source>Session health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions have not been listed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcheck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needing attention:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only these sessions, or again to show all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions that went silent cannot be spotted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — activity unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HelpActions</name>
    <message>
        <source>&amp;Guide and shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save one file for a support ticket: versions, settings, the last answers of the gateways and the last log lines. It holds no password or access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HelpDialog</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the statuses mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone is linked and the session works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway says connected, but no message came in for longer than the time set in Settings. The phone may have been unlinked: reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone is linked. Reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is waiting for a phone to scan its QR code. Reconnect to show the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway is starting the session. Wait a minute; if it stays so, reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly disconnected sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session can look connected on the gateway while its phone no longer receives anything (it was unlinked, or lost its connection). The app notices it by the last activity: when a connected session has been silent for longer than the time set in Settings, its status becomes Possibly disconnected. This needs the activity database; when it cannot be read, a yellow banner says so and such sessions cannot be spotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the session and press Enter (or Sessions › Reconnect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp › Linked devices › Link a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code shown in the app. The code changes every few seconds; the app keeps it fresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dialog closes by itself when the phone is linked, and the list shows Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several sessions at once: select them and use Sessions › Reconnect selected sessions, or Sessions › Fix unhealthy sessions to go through every session that needs attention. Their QR codes come one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yellow banner above the table says what failed and what to do. If it continues, use Help › Save diagnostics and send the file to whoever runs the gateway: it holds no password or access key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway used a status this app does not know; its own word is in the badge&apos;s tooltip. Tell whoever runs the gateway if it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions › Restart selected sessions and Log out selected sessions go the same way, one session at a time, on the sessions whose gateway can do it; Log out asks first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1” on the gateway “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red tick: a drop (the session stopped being connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected %1 of the time the history knows of in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history has no record of this session in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HistoryHooks</name>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes and actions of the selected session (Ctrl+double-click)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::HistoryProbe</name>
    <message>
        <source>The team database answers, but its history tables could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database answers. It has no history tables yet: they are created when you save and the app starts using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database answers, but its history tables are from a newer version of Pixel Hub Sessions (version %1). Update this app before using it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team database answers, and its history tables are there (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All gateways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo (%n simulated gateway)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo (%n simulated gateways)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated gateway</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated gateways</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::NewSessionDialog</name>
    <message>
        <source>a space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id names the session on the gateway and cannot be changed later. After creating it, scan the QR code shown next with the phone that will use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create and show QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only; up to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1. Use only letters without accents, digits, _ and -.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway already has a session %1. Choose another id, or use Reconnect on that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs from the existing session %1 only in upper and lower case or spacing: allowed, but easy to confuse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::NoMatchOverlay</name>
    <message>
        <source>No session matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::PairingCodePanel</name>
    <message>
        <source>This code has expired. Get a new one and have it typed right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the code to be typed: %1 left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone number of the WhatsApp account to link, with the country code and the area code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a phone number. Type it with the country code and the area code, for example +55 47 99999-9999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the phone: WhatsApp › Linked devices › Link a device › Link with phone number instead, then type this code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a &amp;new code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::QrDialog</name>
    <message>
        <source>Link a new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On your phone: open WhatsApp &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code to scan with WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Getting a new code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreate the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you go on, the session is deleted and created again on the gateway, then a new QR code is shown here for the phone to scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recreate session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recreating the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulate scan (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned this QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the new session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session “%1” was created on the gateway a moment ago, and no phone has scanned its QR code yet. Remove it, or keep it and link a phone later with Reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the session “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with phone number &amp;instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a phone that cannot scan: the gateway gives a code to type on it instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link with a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pairing code could not be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code on the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a pairing code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::RefreshController</name>
    <message>
        <source>Loading sessions from the gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful refresh at %1 (%2); the latest one failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated yet; the latest refresh failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SessionActions</name>
    <message>
        <source>&amp;Reconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a QR code to link the phone to the selected session again (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a session on the gateway and link a phone to it (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session from the gateway, for good (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected and working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reports it connected. Reconnecting asks the gateway for a new QR code; if the gateway has to recreate the session for that, the phone linked now is disconnected and must scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was deleted from the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new session %1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and start the selected session on the gateway; the phone stays linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the phone&apos;s link to the selected session; the session stays on the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Log out the phone linked to “%1”?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s link is dropped: WhatsApp on the phone lists this computer no longer, and no messages go through the session until a phone links again by QR code or phone number. The session itself stays on the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was logged out of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session %1 was not restarted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone was not logged out of %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the phone number linked to the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: closed before a phone was linked, and the new session was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: closed before anything was asked of the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: closed before a phone was linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its gateway is no longer set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gateways cannot restart a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gateways cannot log a phone out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gateways cannot do this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SessionLabel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a session id and its gateway</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SessionQueueDialog</name>
    <message>
        <source>Start works through the list one session at a time. When a session needs its phone to scan a QR code, the code opens in its turn; close it to go on to the next session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting its turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start restarts the sessions one at a time; their phones stay linked. A session whose gateway cannot restart is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phones are logged out one session at a time. The sessions stay on their gateways; a phone links again by QR code or phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent: its gateway is not set up, or its QR code is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the gateway answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n restarted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged out</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SessionTableModel</name>
    <message>
        <source>Session ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity database has no message recorded for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity database is configured. Set one up in Settings to see the last activity of each session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent for at least %1: the activity read so far, newest first, has no message of this session. Older history is still being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: the last refresh of this gateway failed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the gateway does not say which phone is linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp name: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reported a status this app does not know. Refresh; if it stays, reconnect the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the activity database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway has no inbound message among this session&apos;s newest chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the last 24 h the session was connected (and not possibly disconnected), over the time the history knows of.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Optional. The last activity of each session is read from the webhook_raw_logs table; without it sessions still list, but possibly disconnected ones cannot be spotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mysql://user@host:3306/db, postgresql://user@host:5432/db or sqlite:///absolute/path.db. The password has its own field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain — type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses the gateway given on the command line (%1). What you save here applies to later runs without --gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses PIXELHUB_GATEWAY_URL (%1). What you save here applies when it is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This installation can read only SQLite activity databases: it has no MySQL/MariaDB or PostgreSQL driver (the case on Windows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 needs attention before saving: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential the gateway expects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the gateway a short name: lower-case letters, digits, &quot;-&quot; and &quot;_&quot;, up to 32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two gateways are named %1: give each its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mysql://user@host:3306/db or postgresql://user@host:5432/db, the same for every desk. The password has its own field; leave the address empty to keep the history on this computer only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None stored — type it if the database needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: its gateways are simulated (%1). What you change here lasts until the demo closes; your own settings are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this run only — type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by an environment variable for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIXELHUB_HISTORY_DSN is set for this run, so it is used instead of the address saved here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::SilenceThresholdAction</name>
    <message>
        <source>Silence &amp;threshold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long this session may stay silent before it counts as possibly disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence threshold for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count %1 as possibly disconnected after this many hours without messages.
0 uses the global threshold (%2 h).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TableExport</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sessions the table shows (after the filter) to a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected sessions as text, for a ticket (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sessions to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TimelineBand</name>
    <message>
        <source>%1
%2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known: the history has no record of this time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui::TrayNotifier</name>
    <message>
        <source>Pixel Hub Sessions keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps watching the sessions from the system tray. Use Quit in the tray menu to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway reports it as “%1”. Open Pixel Hub Sessions and reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is possibly disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says connected, but %1. Check the phone, or reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says connected, but has gone silent. Check the phone, or reconnect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possibly disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions not listed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the window</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sessions changed status</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
