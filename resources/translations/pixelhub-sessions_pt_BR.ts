<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActivityReader</name>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>O driver SQL %1 do Qt não está instalado.</translation>
    </message>
    <message>
        <source>No activity database is configured. Set one in Settings to see last activity.</source>
        <translation>Nenhum banco de dados de atividade configurado. Configure um em Configurações para ver a última atividade.</translation>
    </message>
    <message>
        <source>The local activity cache cannot be opened.</source>
        <translation>Não é possível abrir o cache local de atividade.</translation>
    </message>
    <message>
        <source>No activity database is configured.</source>
        <translation>Nenhum banco de dados de atividade configurado.</translation>
    </message>
    <message>
        <source>Connected to %1; the table webhook_raw_logs is readable.</source>
        <translation>Conectado a %1; a tabela webhook_raw_logs pode ser lida.</translation>
    </message>
    <message>
        <source>Cannot open the activity database file %1 (%2). Check the path in Settings.</source>
        <translation>Não é possível abrir o arquivo do banco de dados de atividade %1 (%2). Verifique o caminho em Configurações.</translation>
    </message>
    <message>
        <source>Cannot reach the activity database at %1 (%2). Check the address in Settings.</source>
        <translation>Não é possível acessar o banco de dados de atividade em %1 (%2). Verifique o endereço em Configurações.</translation>
    </message>
    <message>
        <source>The activity database at %1 refused the user %2 (%3). Check the user and password in Settings.</source>
        <translation>O banco de dados de atividade em %1 recusou o usuário %2 (%3). Verifique o usuário e a senha em Configurações.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the database name in Settings.</source>
        <translation>O banco de dados %1 não existe em %2. Verifique o nome do banco de dados em Configurações.</translation>
    </message>
    <message>
        <source>The activity database %1 has no table webhook_raw_logs. Check that the address points at the Pixel Hub database.</source>
        <translation>O banco de dados de atividade %1 não tem a tabela webhook_raw_logs. Verifique se o endereço aponta para o banco de dados do Pixel Hub.</translation>
    </message>
    <message>
        <source>Reading activity from %1 failed (%2). Check the address in Settings or ask the database administrator.</source>
        <translation>A leitura da atividade de %1 falhou (%2). Verifique o endereço em Configurações ou fale com o administrador do banco de dados.</translation>
    </message>
    <message>
        <source>The activity database at %1 did not answer within %2 s (%3). The list still works; if it persists, check the database server&apos;s load.</source>
        <translation>O banco de dados de atividade em %1 não respondeu em %2 s (%3). A lista continua funcionando; se persistir, verifique a carga do servidor do banco de dados.</translation>
    </message>
    <message>
        <source>The column id of webhook_raw_logs in %1 is not an integer, so its rows cannot be read newest first. Point the activity database at the Pixel Hub table, whose id is an auto-increment integer.</source>
        <translation>A coluna id de webhook_raw_logs em %1 não é um número inteiro, então as linhas não podem ser lidas da mais recente para a mais antiga. Aponte o banco de dados de atividade para a tabela do Pixel Hub, cujo id é um inteiro autoincremental.</translation>
    </message>
    <message>
        <source>Reading the activity rows written since the last refresh (up to id %1 of %2). Activity will show after one of the next refreshes.</source>
        <translation>Lendo as linhas de atividade gravadas desde a última atualização (até o id %1 de %2). A atividade aparecerá após uma das próximas atualizações.</translation>
    </message>
</context>
<context>
    <name>CommandContext</name>
    <message>
        <source>(no gateway configured)</source>
        <translation>(nenhum gateway configurado)</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; using only the secrets set in the environment.</source>
        <translation>O chaveiro do sistema não respondeu em %1 s; usando só as chaves de acesso definidas no ambiente.</translation>
    </message>
    <message>
        <source>Last activity is unknown.</source>
        <translation>A última atividade é desconhecida.</translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot;: its credential travels in clear text over http:// (allowed in the settings, gateway/allowCleartext). Use https:// unless the network is trusted.</source>
        <translation>Gateway &quot;%1&quot;: a chave de acesso trafega sem criptografia por http:// (permitido nas configurações, gateway/allowCleartext). Use https://, a não ser que a rede seja confiável.</translation>
    </message>
</context>
<context>
    <name>CommandRegistry</name>
    <message>
        <source>Activity database, e.g. mysql://user@host:3306/db or sqlite:///path.db (else PIXELHUB_ACTIVITY_DSN, else the profile); the password comes from PIXELHUB_ACTIVITY_PASSWORD or the keychain.</source>
        <translation>Banco de dados de atividade, ex.: mysql://user@host:3306/db ou sqlite:///path.db (senão PIXELHUB_ACTIVITY_DSN, senão o perfil); a senha vem de PIXELHUB_ACTIVITY_PASSWORD ou do chaveiro.</translation>
    </message>
    <message>
        <source>A connected session silent for longer than this is a zombie (default: the profile&apos;s threshold, 4 h).</source>
        <translation>Uma sessão conectada sem atividade por mais tempo que isso fica possivelmente desconectada (padrão: o tempo máximo do perfil, 4 h).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Imprimir JSON em vez de texto.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Mostrar a ajuda.</translation>
    </message>
    <message>
        <source>Manage and monitor the WhatsApp gateway sessions without a display.</source>
        <translation>Gerencie e monitore as sessões do gateway do WhatsApp sem interface gráfica.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Opções globais:</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar a versão.</translation>
    </message>
    <message>
        <source>Run &quot;%1 help COMMAND&quot; or &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation>Execute &quot;%1 help COMANDO&quot; ou &quot;%1 COMANDO --help&quot; para ver as opções de um comando.</translation>
    </message>
    <message>
        <source>Secrets are never accepted as arguments: set PIXELHUB_GATEWAY_SECRET and PIXELHUB_ACTIVITY_PASSWORD in the environment, or save them in the keychain with the desktop app.</source>
        <translation>Segredos nunca são aceitos como argumentos: defina PIXELHUB_GATEWAY_SECRET e PIXELHUB_ACTIVITY_PASSWORD no ambiente ou salve-os no chaveiro pelo aplicativo desktop.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 the operation failed, 2 usage error; healthcheck: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</source>
        <translation>Códigos de saída: 0 sucesso, 1 a operação falhou, 2 erro de uso; healthcheck: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.</translation>
    </message>
    <message>
        <source>Usage: %1 [global options] %2</source>
        <translation>Uso: %1 [opções globais] %2</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opções:</translation>
    </message>
    <message>
        <source>%1: secrets are never accepted on the command line (they leak into the process list and shell history). Set PIXELHUB_GATEWAY_SECRET or PIXELHUB_ACTIVITY_PASSWORD in the environment (e.g. a mode 0600 EnvironmentFile), or save them in the keychain with the desktop app.</source>
        <translation>%1: segredos nunca são aceitos na linha de comando (eles vazam na lista de processos e no histórico do shell). Defina PIXELHUB_GATEWAY_SECRET ou PIXELHUB_ACTIVITY_PASSWORD no ambiente (ex.: um EnvironmentFile com modo 0600) ou salve-os no chaveiro pelo aplicativo desktop.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Comandos: %2.</translation>
    </message>
    <message>
        <source>Missing argument: %1.</source>
        <translation>Argumento ausente: %1.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1.</source>
        <translation>Argumento inesperado: %1.</translation>
    </message>
    <message>
        <source>Print progress messages and diagnostic logs on stderr, even when it is not a terminal.</source>
        <translation>Imprimir mensagens de progresso e logs de diagnóstico no stderr, mesmo quando não for um terminal.</translation>
    </message>
    <message>
        <source>Work with this saved gateway only (see &quot;gateways&quot;).</source>
        <translation>Usar só este gateway salvo (veja &quot;gateways&quot;).</translation>
    </message>
    <message>
        <source>Gateway base URL for this run alone, as the gateway &quot;default&quot; (else PIXELHUB_GATEWAY_URL, else the saved gateways).</source>
        <translation>Endereço do gateway só para esta execução, como o gateway &quot;default&quot; (senão PIXELHUB_GATEWAY_URL, senão os gateways salvos).</translation>
    </message>
    <message>
        <source>What the gateway of --gateway speaks: %1 (else PIXELHUB_GATEWAY_DIALECT, else pixelhub).</source>
        <translation>O tipo do gateway de --gateway: %1 (senão PIXELHUB_GATEWAY_DIALECT, senão pixelhub).</translation>
    </message>
    <message>
        <source>Usage: %1 [--profile NAME] [--gateway URL] [--dialect D] [--activity-dsn DSN] [--silent-hours N] [--json] COMMAND [ARGUMENTS]</source>
        <translation>Uso: %1 [--profile NOME] [--gateway URL] [--dialect D] [--activity-dsn DSN] [--silent-hours N] [--json] COMANDO [ARGUMENTOS]</translation>
    </message>
    <message>
        <source>needs an http:// or https:// URL with a host, e.g. https://wpp.example.com.br:8443.</source>
        <translation>precisa de um endereço http:// ou https:// com host, por exemplo https://wpp.exemplo.com.br:8443.</translation>
    </message>
    <message>
        <source>--profile and --gateway exclude each other: --gateway defines a gateway for this run alone.</source>
        <translation>--profile e --gateway não podem ser usados juntos: --gateway define um gateway só para esta execução.</translation>
    </message>
    <message>
        <source>--dialect: unknown gateway type &quot;%1&quot;; use one of %2.</source>
        <translation>--dialect: tipo de gateway desconhecido (&quot;%1&quot;); use um destes: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid session id: use 1 to 64 letters, digits, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>&quot;%1&quot; não é um ID de sessão válido: use de 1 a 64 letras, dígitos, &quot;_&quot; ou &quot;-&quot;.</translation>
    </message>
    <message>
        <source>--silent-hours needs a number of hours from 1/60 to %1, e.g. 4 or 0.5.</source>
        <translation>--silent-hours precisa de um número de horas de 1/60 a %1, ex.: 4 ou 0.5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConfigResolver</name>
    <message>
        <source>The credential of gateway &quot;%1&quot; comes from the environment variable %2, which is not set.</source>
        <translation>A chave de acesso do gateway &quot;%1&quot; vem da variável de ambiente %2, que não está definida.</translation>
    </message>
    <message>
        <source>There is no gateway &quot;%1&quot;: no gateway is saved yet.</source>
        <translation>Não existe o gateway &quot;%1&quot;: nenhum gateway foi salvo ainda.</translation>
    </message>
    <message>
        <source>There is no gateway &quot;%1&quot;. Gateways: %2.</source>
        <translation>Não existe o gateway &quot;%1&quot;. Gateways: %2.</translation>
    </message>
    <message>
        <source>The team history database setting is not valid, so the history stays on this computer: %1</source>
        <translation>O endereço do banco de dados de histórico da equipe não é válido; o histórico fica neste computador: %1</translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>the image could not be encoded as PNG</source>
        <translation>não foi possível codificar a imagem como PNG</translation>
    </message>
    <message>
        <source>Write the QR code to FILE as PNG (overwritten when it rotates); default: a file in the temporary directory.</source>
        <translation>Gravar o QR code em FILE como PNG (sobrescrito quando o código é renovado); padrão: um arquivo no diretório temporário.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for the scan (0, the default: stop once the QR code is written).</source>
        <translation>Aguardar a leitura por até SECONDS (0, o padrão: parar assim que o QR code for gravado).</translation>
    </message>
    <message>
        <source>reconnect: recreate the session even when it looks connected and healthy (this drops the phone&apos;s link until the new QR is scanned).</source>
        <translation>reconnect: recriar a sessão mesmo quando ela parece conectada e saudável (isso derruba a conexão do celular até que o novo QR seja escaneado).</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is connected and active (%2), so it was not recreated. Use --force to recreate it anyway; the phone must then scan a new QR code.</source>
        <translation>A sessão &quot;%1&quot; está conectada e ativa (%2), então não foi recriada. Use --force para recriá-la mesmo assim; o celular terá que escanear um novo QR code.</translation>
    </message>
    <message>
        <source>The gateway says session &quot;%1&quot; is connected and there is no activity evidence that it is not (%2). A new QR code needs the session to be recreated, which drops the phone&apos;s link: run again with --force to do that.</source>
        <translation>O gateway diz que a sessão &quot;%1&quot; está conectada e a atividade não indica o contrário (%2). Um novo QR code exige recriar a sessão, o que derruba a conexão do celular: execute novamente com --force para isso.</translation>
    </message>
    <message>
        <source>--wait needs a whole number of seconds from 0 to %1.</source>
        <translation>--wait precisa de um número inteiro de segundos de 0 a %1.</translation>
    </message>
    <message>
        <source>--qr-png: the folder of &quot;%1&quot; does not exist.</source>
        <translation>--qr-png: a pasta de &quot;%1&quot; não existe.</translation>
    </message>
    <message>
        <source>Could not write the QR code to %1: %2</source>
        <translation>Não foi possível gravar o QR code em %1: %2</translation>
    </message>
    <message>
        <source>QR code written to %1</source>
        <translation>QR code gravado em %1</translation>
    </message>
    <message>
        <source>New QR code written to %1</source>
        <translation>Novo QR code gravado em %1</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the scan…</source>
        <translation>Aguardando a leitura por até %1 s…</translation>
    </message>
    <message>
        <source>The QR code was not scanned within %1 s. Run the command again for a new one.</source>
        <translation>O QR code não foi escaneado em %1 s. Execute o comando novamente para obter um novo.</translation>
    </message>
    <message>
        <source>The session could not be connected.</source>
        <translation>Não foi possível conectar a sessão.</translation>
    </message>
    <message>
        <source>The gateway did not give a QR code in time.</source>
        <translation>O gateway não forneceu um QR code a tempo.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; is connected.</source>
        <translation>A sessão &quot;%1&quot; está conectada.</translation>
    </message>
    <message>
        <source>QR code written; the phone was not linked while waiting.</source>
        <translation>QR code gravado; o celular não foi conectado durante a espera.</translation>
    </message>
    <message>
        <source>Link with the phone number PHONE (country code first) instead of a QR code: prints the code to type on the phone alone on one line, then waits for the link like --wait.</source>
        <translation>Conectar com o número de telefone PHONE (com o código do país) em vez do QR code: mostra só o código a digitar no celular, numa linha, e depois aguarda a conexão como --wait.</translation>
    </message>
    <message>
        <source>--pairing-code needs the phone number with its country code, 8 to 15 digits (e.g. 5547999999999).</source>
        <translation>--pairing-code precisa do número de telefone com o código do país, de 8 a 15 dígitos (ex.: 5547999999999).</translation>
    </message>
    <message>
        <source>Waiting up to %1 s for the code to be typed on the phone…</source>
        <translation>Aguardando até %1 s que o código seja digitado no celular…</translation>
    </message>
    <message>
        <source>The pairing code was not typed on the phone in time. Run the command again for a new one.</source>
        <translation>O código de conexão não foi digitado no celular a tempo. Execute o comando de novo para receber outro.</translation>
    </message>
</context>
<context>
    <name>CreateCommand</name>
    <message>
        <source>Create a session and get its QR code.</source>
        <translation>Criar uma sessão e obter o QR code dela.</translation>
    </message>
    <message>
        <source>Creates the session ID on the gateway and gets its QR code, written as a PNG file (--qr-png FILE, else a file in the temporary directory); the path is printed. With --wait N, waits up to N seconds for the phone to scan it (exit code 0 once connected, 1 on failure or timeout); with --wait 0 (the default), ends once the QR code is written.</source>
        <translation>Cria a sessão ID no gateway e obtém o QR code dela, gravado como arquivo PNG (--qr-png FILE, senão um arquivo no diretório temporário); o caminho é impresso. Com --wait N, aguarda até N segundos que o celular o escaneie (código de saída 0 ao conectar, 1 em caso de falha ou tempo esgotado); com --wait 0 (o padrão), termina assim que o QR code é gravado.</translation>
    </message>
</context>
<context>
    <name>DeleteCommand</name>
    <message>
        <source>Delete a session from the gateway (needs --yes).</source>
        <translation>Excluir uma sessão do gateway (exige --yes).</translation>
    </message>
    <message>
        <source>Deletes the session ID from the gateway: its WhatsApp link is lost and its QR must be scanned again after a create. Nothing is sent without --yes.</source>
        <translation>Exclui a sessão ID do gateway: a conexão com o WhatsApp é perdida e o QR dela terá que ser escaneado de novo após um create. Nada é enviado sem --yes.</translation>
    </message>
    <message>
        <source>Confirm the deletion.</source>
        <translation>Confirmar a exclusão.</translation>
    </message>
    <message>
        <source>Refusing to delete &quot;%1&quot; without --yes: the WhatsApp link would be lost. Nothing was sent.</source>
        <translation>Exclusão de &quot;%1&quot; recusada sem --yes: a conexão com o WhatsApp seria perdida. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; deleted.</source>
        <translation>Sessão &quot;%1&quot; excluída.</translation>
    </message>
</context>
<context>
    <name>DeleteSessionDialog</name>
    <message>
        <source>Delete session</source>
        <translation>Excluir sessão</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Excluindo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DeletionCheck</name>
    <message>
        <source>The gateway accepted the deletion of &quot;%1&quot;, but the session still exists. Refresh and try again; if it persists, check the gateway.</source>
        <translation>O gateway aceitou a exclusão de &quot;%1&quot;, mas a sessão ainda existe. Atualize e tente de novo; se continuar, avise quem administra o gateway.</translation>
    </message>
    <message>
        <source>The gateway accepted the deletion of &quot;%1&quot;, but it could not be confirmed: %2</source>
        <translation>O gateway aceitou a exclusão de &quot;%1&quot;, mas não foi possível confirmá-la: %2</translation>
    </message>
</context>
<context>
    <name>DemoLauncher</name>
    <message>
        <source>Demo mode needs a temporary folder: %1</source>
        <translation>O modo de demonstração precisa de uma pasta temporária: %1</translation>
    </message>
    <message>
        <source>Demo mode needs the %1 program, which is not installed. Install it, or start it elsewhere and run with --demo --gateway URL.</source>
        <translation>O modo de demonstração precisa do programa %1, que não está instalado. Instale-o, ou inicie-o em outro computador e execute com --demo --gateway URL.</translation>
    </message>
    <message>
        <source>The demo gateway (%1) could not be started: %2</source>
        <translation>Não foi possível iniciar o gateway de demonstração (%1): %2</translation>
    </message>
    <message>
        <source>The demo gateway (%1) stopped before it was ready.</source>
        <translation>O gateway de demonstração (%1) parou antes de ficar pronto.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
</context>
<context>
    <name>Dialect</name>
    <message>
        <source>A %1 gateway cannot list its sessions.</source>
        <translation>Um gateway %1 não lista as suas sessões.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot create sessions from this app.</source>
        <translation>Um gateway %1 não permite criar sessões por este aplicativo.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot delete sessions from this app.</source>
        <translation>Um gateway %1 não permite excluir sessões por este aplicativo.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot start a session.</source>
        <translation>Um gateway %1 não permite iniciar uma sessão.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot restart a session.</source>
        <translation>Um gateway %1 não permite reiniciar uma sessão.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot log a session out.</source>
        <translation>Um gateway %1 não permite desconectar o celular de uma sessão.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot link a session with a phone number (pairing code); scan the QR code instead.</source>
        <translation>Um gateway %1 não permite conectar com número de telefone (código de conexão); escaneie o QR code.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot tell when the last message came.</source>
        <translation>Um gateway %1 não informa quando chegou a última mensagem.</translation>
    </message>
    <message>
        <source>A %1 gateway cannot do this.</source>
        <translation>Um gateway %1 não permite esta ação.</translation>
    </message>
    <message>
        <source>The phone logged this device out (code 401): link it again.</source>
        <translation>O celular desconectou este aparelho (código 401): conecte o celular de novo.</translation>
    </message>
    <message>
        <source>WhatsApp refused this session (code %1); Evolution will not reconnect it by itself.</source>
        <translation>O WhatsApp recusou esta sessão (código %1); o Evolution não vai reconectá-la sozinho.</translation>
    </message>
    <message>
        <source>The link dropped (code %1).</source>
        <translation>A conexão caiu (código %1).</translation>
    </message>
    <message>
        <source>The Evolution gateway answered without an instance list. Check the gateway URL and the dialect in Settings.</source>
        <translation>O gateway Evolution respondeu sem a lista de sessões. Confira o endereço do gateway e o dialeto em Configurações.</translation>
    </message>
    <message>
        <source>The Evolution gateway answered without the instance&apos;s state.</source>
        <translation>O gateway Evolution respondeu sem o status da sessão.</translation>
    </message>
    <message>
        <source>The session is connected: there is nothing to link.</source>
        <translation>A sessão está conectada: não há nada a conectar.</translation>
    </message>
    <message>
        <source>WAHA gave up on this session: restart it; if that does not help, log it out and link it again.</source>
        <translation>O WAHA desistiu desta sessão: reinicie-a; se não resolver, desconecte o celular e conecte-o de novo.</translation>
    </message>
    <message>
        <source>The WAHA gateway answered without a session list. Check the gateway URL and the dialect in Settings.</source>
        <translation>O gateway WAHA respondeu sem a lista de sessões. Confira o endereço do gateway e o dialeto em Configurações.</translation>
    </message>
    <message>
        <source>The WAHA gateway answered without the session&apos;s status.</source>
        <translation>O gateway WAHA respondeu sem o status da sessão.</translation>
    </message>
    <message>
        <source>The WAHA gateway answered without a pairing code.</source>
        <translation>O gateway WAHA respondeu sem o código de conexão.</translation>
    </message>
    <message>
        <source>Sending still works but reading does not: log the session out and link it again.</source>
        <translation>O envio ainda funciona, mas a leitura não: desconecte o celular e conecte-o de novo.</translation>
    </message>
    <message>
        <source>The Whapi.Cloud account has this number deactivated (trial over or billing); linking it again will not fix it.</source>
        <translation>A conta Whapi.Cloud desativou este número (fim do teste ou cobrança); conectar o celular de novo não resolve.</translation>
    </message>
    <message>
        <source>The session failed: log it out and link it again, or contact Whapi.Cloud support.</source>
        <translation>A sessão falhou: desconecte o celular e conecte-o de novo, ou fale com o suporte da Whapi.Cloud.</translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway answered without the session&apos;s status. Check the gateway URL and the dialect in Settings.</source>
        <translation>O gateway Whapi.Cloud respondeu sem o status da sessão. Confira o endereço do gateway e o dialeto em Configurações.</translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway could not make a QR code. Try again.</source>
        <translation>O gateway Whapi.Cloud não conseguiu gerar o QR code. Tente novamente.</translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway answered without a pairing code.</source>
        <translation>O gateway Whapi.Cloud respondeu sem o código de conexão.</translation>
    </message>
    <message>
        <source>The wppconnect server refused the secret (%1). Check the secret (SECRET_KEY) of this gateway in Settings.</source>
        <translation>O servidor wppconnect recusou a chave de acesso (%1). Confira a chave de acesso (SECRET_KEY) deste gateway em Configurações.</translation>
    </message>
    <message>
        <source>The wppconnect server answered without a session list. Check the gateway URL, the secret and the dialect in Settings.</source>
        <translation>O servidor wppconnect respondeu sem a lista de sessões. Confira o endereço do gateway, a chave de acesso e o dialeto em Configurações.</translation>
    </message>
    <message>
        <source>The wppconnect server answered without the session&apos;s status.</source>
        <translation>O servidor wppconnect respondeu sem o status da sessão.</translation>
    </message>
    <message>
        <source>The wppconnect server has no client for the session %1.</source>
        <translation>O servidor wppconnect não tem cliente para a sessão %1.</translation>
    </message>
    <message>
        <source>The wppconnect session is closed; it must be started first.</source>
        <translation>A sessão wppconnect está fechada; é preciso iniciá-la primeiro.</translation>
    </message>
    <message>
        <source>The wppconnect server answered without a pairing code.</source>
        <translation>O servidor wppconnect respondeu sem o código de conexão.</translation>
    </message>
    <message>
        <source>The wppconnect server generated no token.</source>
        <translation>O servidor wppconnect não gerou nenhum token.</translation>
    </message>
    <message>
        <source>The Whapi.Cloud gateway could not make a QR code (%1). Try again.</source>
        <translation>O gateway Whapi.Cloud não conseguiu gerar o QR code (%1). Tente novamente.</translation>
    </message>
</context>
<context>
    <name>Dsn</name>
    <message>
        <source>The database address is empty.</source>
        <translation>O endereço do banco de dados está vazio.</translation>
    </message>
    <message>
        <source>The database address is not valid. Use mysql://user@host:3306/db, postgresql://user@host:5432/db or sqlite:///path/to/file.db.</source>
        <translation>O endereço do banco de dados não é válido. Use mysql://user@host:3306/db, postgresql://user@host:5432/db ou sqlite:///path/to/file.db.</translation>
    </message>
    <message>
        <source>The database address must not contain a password. Remove it from the address and store it in Settings (it is kept in the system keychain).</source>
        <translation>O endereço do banco de dados não deve conter senha. Remova-a do endereço e informe-a em Configurações (ela fica guardada no chaveiro do sistema).</translation>
    </message>
    <message>
        <source>The database address takes no options (&quot;?…&quot; or &quot;#…&quot;); a password never goes there: store it in Settings (it is kept in the system keychain).</source>
        <translation>O endereço do banco de dados não aceita opções (&quot;?…&quot; ou &quot;#…&quot;); a senha nunca vai ali: salve-a em Configurações (ela fica no chaveiro do sistema).</translation>
    </message>
    <message>
        <source>Unsupported database type &quot;%1&quot;. Use mysql, postgresql or sqlite.</source>
        <translation>Tipo de banco de dados não suportado: &quot;%1&quot;. Use mysql, postgresql ou sqlite.</translation>
    </message>
    <message>
        <source>A SQLite database needs an absolute path, for example sqlite:///var/lib/pixelhub/activity.db.</source>
        <translation>Um banco de dados SQLite precisa de um caminho absoluto, por exemplo sqlite:///var/lib/pixelhub/activity.db.</translation>
    </message>
    <message>
        <source>The database address has no host name.</source>
        <translation>O endereço do banco de dados não tem nome de host.</translation>
    </message>
    <message>
        <source>The database address has no user name (user@host).</source>
        <translation>O endereço do banco de dados não tem nome de usuário (user@host).</translation>
    </message>
    <message>
        <source>The database port is not valid.</source>
        <translation>A porta do banco de dados não é válida.</translation>
    </message>
    <message>
        <source>The database address has no database name (…/database).</source>
        <translation>O endereço do banco de dados não tem nome de banco de dados (…/database).</translation>
    </message>
</context>
<context>
    <name>GatewayChoice</name>
    <message>
        <source>Several gateways are configured (%1): name the one for the new session with --profile NAME.</source>
        <translation>Há vários gateways configurados (%1): indique o da nova sessão com --profile NOME.</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; exists on several gateways (%2): name one with --profile NAME.</source>
        <translation>A sessão &quot;%1&quot; existe em vários gateways (%2): indique um com --profile NOME.</translation>
    </message>
    <message>
        <source>The session &quot;%1&quot; was not found, and the gateways %2 could not list their sessions just now: it may be on one of them. Try again, or name the gateway with --profile NAME.</source>
        <translation>A sessão &quot;%1&quot; não foi encontrada, e os gateways %2 não conseguiram listar as sessões agora: ela pode estar em um deles. Tente novamente ou indique o gateway com --profile NOME.</translation>
    </message>
    <message>
        <source>No gateway has a session &quot;%1&quot; (gateways: %2).</source>
        <translation>Nenhum gateway tem a sessão &quot;%1&quot; (gateways: %2).</translation>
    </message>
</context>
<context>
    <name>GatewayCommand</name>
    <message>
        <source>Add or remove a saved gateway.</source>
        <translation>Adicionar ou remover um gateway salvo.</translation>
    </message>
    <message>
        <source>gateway add NAME --dialect D --url URL [--secret-env VAR] | gateway remove NAME</source>
        <translation>gateway add NOME --dialect D --url URL [--secret-env VAR] | gateway remove NOME</translation>
    </message>
    <message>
        <source>gateway add saves a gateway under NAME (1 to 32 lower-case letters, digits, &quot;-&quot; or &quot;_&quot;). Its credential comes from the environment variable that --secret-env names, read at every run (for servers and cron); without --secret-env, the value of PIXELHUB_GATEWAY_SECRET is stored in the keychain under this gateway&apos;s own entry.
gateway remove forgets the gateway and removes its keychain entry.</source>
        <translation>gateway add salva um gateway com o nome NOME (de 1 a 32 letras minúsculas, dígitos, &quot;-&quot; ou &quot;_&quot;). A chave de acesso dele vem da variável de ambiente indicada por --secret-env, lida a cada execução (para servidores e cron); sem --secret-env, o valor de PIXELHUB_GATEWAY_SECRET é guardado no chaveiro do sistema, em uma entrada só deste gateway.
gateway remove esquece o gateway e remove a entrada dele no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL, e.g. https://wpp.example.com.br:8443.</source>
        <translation>O endereço do gateway, por exemplo https://wpp.exemplo.com.br:8443.</translation>
    </message>
    <message>
        <source>Read the credential from this environment variable at every run instead of the keychain.</source>
        <translation>Ler a chave de acesso desta variável de ambiente a cada execução, em vez do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use add or remove.</source>
        <translation>Ação desconhecida (&quot;%1&quot;): use add ou remove.</translation>
    </message>
    <message>
        <source>gateway add needs --url URL.</source>
        <translation>gateway add precisa de --url URL.</translation>
    </message>
    <message>
        <source>Set PIXELHUB_GATEWAY_SECRET to the gateway&apos;s credential (it is stored in the keychain), or name a variable with --secret-env VAR.</source>
        <translation>Defina PIXELHUB_GATEWAY_SECRET com a chave de acesso do gateway (ela é guardada no chaveiro do sistema) ou indique uma variável com --secret-env VAR.</translation>
    </message>
    <message>
        <source>The credential could not be stored in the keychain, so the gateway was not saved. On a server, use --secret-env VAR instead.</source>
        <translation>Não foi possível guardar a chave de acesso no chaveiro do sistema, então o gateway não foi salvo. Em um servidor, use --secret-env VAR.</translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot; updated.</source>
        <translation>Gateway &quot;%1&quot; atualizado.</translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot; added.</source>
        <translation>Gateway &quot;%1&quot; adicionado.</translation>
    </message>
    <message>
        <source>There is no saved gateway &quot;%1&quot;.</source>
        <translation>Não há gateway salvo com o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot; removed.</source>
        <translation>Gateway &quot;%1&quot; removido.</translation>
    </message>
    <message>
        <source>Its keychain entry could not be removed; remove &quot;%1&quot; from the keychain by hand.</source>
        <translation>Não foi possível remover a entrada dele no chaveiro do sistema; remova &quot;%1&quot; do chaveiro manualmente.</translation>
    </message>
</context>
<context>
    <name>GatewayJob</name>
    <message>
        <source>The gateway reported a failure without saying why (HTTP %1).</source>
        <translation>O gateway informou uma falha sem dizer o motivo (HTTP %1).</translation>
    </message>
    <message>
        <source>The gateway reported a failure: %1</source>
        <translation>O gateway informou uma falha: %1</translation>
    </message>
</context>
<context>
    <name>GatewayProfiles</name>
    <message>
        <source>A gateway name uses 1 to 32 lower-case letters, digits, &quot;-&quot; or &quot;_&quot;, e.g. &quot;vendas-sp&quot;.</source>
        <translation>O nome de um gateway tem de 1 a 32 letras minúsculas, dígitos, &quot;-&quot; ou &quot;_&quot;, por exemplo &quot;vendas-sp&quot;.</translation>
    </message>
    <message>
        <source>Unknown gateway type &quot;%1&quot;: use one of %2.</source>
        <translation>Tipo de gateway desconhecido (&quot;%1&quot;): use um destes: %2.</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address, e.g. https://wpp.example.com.br:8443.</source>
        <translation>Digite o endereço do gateway, por exemplo https://wpp.exemplo.com.br:8443.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable name (letters, digits and &quot;_&quot;).</source>
        <translation>&quot;%1&quot; não é um nome de variável de ambiente (letras, dígitos e &quot;_&quot;).</translation>
    </message>
    <message>
        <source>Pixel Hub wrapper (wppconnect)</source>
        <translation>Wrapper Pixel Hub (wppconnect)</translation>
    </message>
</context>
<context>
    <name>GatewayUrlCheck</name>
    <message>
        <source>Enter a full address that starts with https://, e.g. https://wpp.example.com:8443</source>
        <translation>Digite um endereço completo que comece com https://, ex.: https://wpp.example.com:8443</translation>
    </message>
    <message>
        <source>The gateway is reached over https:// (or http://); &quot;%1://&quot; is not supported.</source>
        <translation>O gateway é acessado por https:// (ou http://); &quot;%1://&quot; não é suportado.</translation>
    </message>
    <message>
        <source>The address has no host name. Enter it as https://host[:port].</source>
        <translation>O endereço não tem nome de host. Digite-o como https://host[:porta].</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address: the secret has its own field and is kept in the keychain.</source>
        <translation>Não inclua o nome de usuário e a senha no endereço: a chave de acesso tem campo próprio e fica guardada no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>The address must not contain &quot;?&quot; or &quot;#&quot; parts.</source>
        <translation>O endereço não deve conter as partes &quot;?&quot; ou &quot;#&quot;.</translation>
    </message>
    <message>
        <source>http:// is not encrypted: the gateway secret and your sessions travel in clear text. Use https:// unless the gateway runs on this computer or a trusted network.</source>
        <translation>http:// não é criptografado: a chave de acesso do gateway e suas sessões trafegam em texto puro. Use https://, a menos que o gateway rode neste computador ou em uma rede confiável.</translation>
    </message>
</context>
<context>
    <name>GatewaysCommand</name>
    <message>
        <source>environment variable %1</source>
        <translation>variável de ambiente %1</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>chaveiro do sistema</translation>
    </message>
    <message>
        <source>The gateways: name, type, address, where the credential comes from.</source>
        <translation>Os gateways: nome, tipo, endereço, de onde vem a chave de acesso.</translation>
    </message>
    <message>
        <source>Lists the gateways this run works with: the saved ones, or the one that --gateway or PIXELHUB_GATEWAY_URL defines (named &quot;default&quot;), or the one --profile names.
With --json: one JSON array of objects with the keys name, dialect, url and secret (&quot;keychain&quot; or &quot;env:VARIABLE&quot;).</source>
        <translation>Lista os gateways desta execução: os salvos, ou o que --gateway ou PIXELHUB_GATEWAY_URL define (chamado &quot;default&quot;), ou o que --profile indica.
Com --json: um array JSON de objetos com as chaves name, dialect, url e secret (&quot;keychain&quot; ou &quot;env:VARIAVEL&quot;).</translation>
    </message>
    <message>
        <source>No gateway is configured. Add one with: %1 gateway add NAME --dialect pixelhub --url URL</source>
        <translation>Nenhum gateway configurado. Adicione um com: %1 gateway add NOME --dialect pixelhub --url URL</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ENDEREÇO</translation>
    </message>
    <message>
        <source>CREDENTIAL</source>
        <translation>CHAVE DE ACESSO</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>not acted upon yet</source>
        <translation>nenhuma ação realizada ainda</translation>
    </message>
    <message>
        <source>The gateway could not be asked for its sessions.</source>
        <translation>Não foi possível consultar as sessões do gateway.</translation>
    </message>
    <message>
        <source>(dry run: no request sent)</source>
        <translation>(simulação: nenhuma requisição enviada)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>not sent (cancelled)</source>
        <translation>não enviado (cancelado)</translation>
    </message>
    <message>
        <source>No session was checked and nothing was sent: the gateway did not give its session list.</source>
        <translation>Nenhuma sessão foi verificada e nada foi enviado: o gateway não forneceu a lista de sessões.</translation>
    </message>
    <message>
        <source>Note: the gateway answered with an empty session list; there is nothing to check.</source>
        <translation>Observação: o gateway respondeu com uma lista de sessões vazia; não há nada a verificar.</translation>
    </message>
    <message>
        <source>Note: zombies could not be detected: %1</source>
        <translation>Observação: não foi possível detectar sessões possivelmente desconectadas: %1</translation>
    </message>
    <message>
        <source>Health not checked yet</source>
        <translation>Saúde ainda não verificada</translation>
    </message>
    <message>
        <source>Health unknown</source>
        <translation>Saúde desconhecida</translation>
    </message>
    <message>
        <source>No sessions</source>
        <translation>Nenhuma sessão</translation>
    </message>
    <message>
        <source>The session is connected</source>
        <translation>A sessão está conectada</translation>
    </message>
    <message>
        <source>%1, possibly disconnected: %2</source>
        <translation>%1, possivelmente desconectada: %2</translation>
    </message>
    <message>
        <source>gateway %1: %2</source>
        <translation>gateway %1: %2</translation>
    </message>
    <message>
        <source>Gateway %1 not checked, nothing sent to it: %2</source>
        <translation>Gateway %1 não verificado, nada foi enviado a ele: %2</translation>
    </message>
    <message>
        <source>%1; gateway %2 not answering</source>
        <translation>%1; gateway %2 sem resposta</translation>
    </message>
    <message>
        <source>%1; gateways %2 not answering</source>
        <translation>%1; gateways %2 sem resposta</translation>
    </message>
    <message numerus="yes">
        <source>%n disconnected</source>
        <translation>
            <numerusform>%n desconectada</numerusform>
            <numerusform>%n desconectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for QR scan</source>
        <translation>
            <numerusform>%n aguardando a leitura do QR code</numerusform>
            <numerusform>%n aguardando a leitura do QR code</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starting</source>
        <translation>
            <numerusform>%n iniciando</numerusform>
            <numerusform>%n iniciando</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in an unknown state</source>
        <translation>
            <numerusform>%n em status desconhecido</numerusform>
            <numerusform>%n em status desconhecido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n possibly disconnected</source>
        <translation>
            <numerusform>%n possivelmente desconectada</numerusform>
            <numerusform>%n possivelmente desconectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n connected</source>
        <translation>
            <numerusform>%n conectada</numerusform>
            <numerusform>Todas as %n conectadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthcheckCommand</name>
    <message>
        <source>Monitoring check; asks for a QR for every unhealthy session.</source>
        <translation>Verificação de monitoramento; solicita um QR para cada sessão com problema.</translation>
    </message>
    <message>
        <source>Only report: send no QR request.</source>
        <translation>Apenas relatar: não enviar nenhuma solicitação de QR.</translation>
    </message>
    <message>
        <source>Checks every session like a monitoring plugin. Exit code 0 OK, 1 WARNING (zombies only), 2 CRITICAL (a session not connected), 3 UNKNOWN (gateway unreachable, secret refused, or an error page instead of JSON; also a bad argument).
Without --dry-run, asks the gateway for a QR once for every unhealthy session (GET /api/channels/ID/qr), which makes the gateway try to reconnect it; it never deletes or creates a session. The first line is the verdict with performance data, then one line per unhealthy session with what was done. With several gateways, every one is checked at once and the verdict is the worst (a gateway that cannot be asked makes it UNKNOWN unless another has a session not connected). With --json: one object {verdict, exit_code, counts, sessions}.</source>
        <translation>Verifica cada sessão como um plugin de monitoramento. Código de saída 0 OK, 1 WARNING (só sessões possivelmente desconectadas), 2 CRITICAL (uma sessão não conectada), 3 UNKNOWN (gateway inacessível, chave de acesso recusada ou uma página de erro em vez de JSON; também um argumento inválido).
Sem --dry-run, pede ao gateway um QR uma vez para cada sessão com problema (GET /api/channels/ID/qr), o que faz o gateway tentar reconectá-la; nunca exclui nem cria uma sessão. A primeira linha é o resultado com os dados de desempenho, depois uma linha por sessão com problema com o que foi feito. Com vários gateways, todos são verificados ao mesmo tempo e o resultado é o pior (um gateway que não responde torna o resultado UNKNOWN, a menos que outro tenha uma sessão não conectada). Com --json: um objeto {verdict, exit_code, counts, sessions}.</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>Status changes and operator actions of one session.</source>
        <translation>Mudanças de status e ações dos operadores em uma sessão.</translation>
    </message>
    <message>
        <source>Prints the status changes the desktop app and the command line saw for one session, and the operator actions on it (create, reconnect, restart, logout, delete, threshold, settings: who, when, result), oldest first, from every gateway (or --profile), then its uptime over the period.
With --json: one JSON array, oldest first; each element has at, gateway, session, kind (status or action), and for a status change from, to, gateway_status and zombie, for an action action, actor and result (ok or the failure message).</source>
        <translation>Mostra as mudanças de status que o aplicativo e a linha de comando viram em uma sessão e as ações dos operadores nela (create, reconnect, restart, logout, delete, threshold, settings: quem, quando, resultado), das mais antigas às mais novas, de todos os gateways (ou do --profile), e depois o tempo conectada no período.
Com --json: um array JSON, do mais antigo ao mais novo; cada elemento tem at, gateway, session, kind (status ou action) e, para uma mudança de status, from, to, gateway_status e zombie; para uma ação, action, actor e result (ok ou a mensagem de falha).</translation>
    </message>
    <message>
        <source>How far back: hours (24h) or days (7d); default 24h.</source>
        <translation>Até quando voltar: horas (24h) ou dias (7d); padrão 24h.</translation>
    </message>
    <message>
        <source>--since takes a number of hours or days, such as 24h or 7d.</source>
        <translation>--since recebe um número de horas ou de dias, como 24h ou 7d.</translation>
    </message>
    <message>
        <source>The history is not available.</source>
        <translation>O histórico não está disponível.</translation>
    </message>
    <message>
        <source>The history did not answer in time. %1</source>
        <translation>O histórico não respondeu a tempo. %1</translation>
    </message>
    <message>
        <source>No history for the session &quot;%1&quot; in the last %2.
</source>
        <translation>Nenhum histórico da sessão &quot;%1&quot; nas últimas %2.
</translation>
    </message>
    <message>
        <source>AT (UTC)</source>
        <translation>QUANDO (UTC)</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>O QUÊ</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>GATEWAY</translation>
    </message>
    <message>
        <source> (possibly disconnected)</source>
        <translation> (possivelmente desconectada)</translation>
    </message>
    <message>
        <source>(first seen)</source>
        <translation>(vista pela primeira vez)</translation>
    </message>
    <message>
        <source>%1 -&gt; %2 (gateway: &quot;%3&quot;)</source>
        <translation>%1 -&gt; %2 (gateway: &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>action</source>
        <translation>ação</translation>
    </message>
    <message>
        <source>No change in the last %1.
</source>
        <translation>Nenhuma mudança nas últimas %1.
</translation>
    </message>
    <message>
        <source>Uptime over the last %1: %2% of the %3 the history knows of.
</source>
        <translation>Tempo conectada nas últimas %1: %2% das %3 que o histórico conhece.
</translation>
    </message>
</context>
<context>
    <name>HistoryDb</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This installation cannot reach a history database of this type (%1)</source>
        <translation>Esta instalação não acessa um banco de dados de histórico deste tipo (%1)</translation>
    </message>
    <message>
        <source>Cannot create the folder of the history file %1</source>
        <translation>Não foi possível criar a pasta do arquivo de histórico %1</translation>
    </message>
    <message>
        <source>Cannot open the history database %1</source>
        <translation>Não foi possível abrir o banco de dados de histórico %1</translation>
    </message>
    <message>
        <source>Cannot prepare the history file %1</source>
        <translation>Não foi possível preparar o arquivo de histórico %1</translation>
    </message>
    <message>
        <source>Cannot prepare the history database %1</source>
        <translation>Não foi possível preparar o banco de dados de histórico %1</translation>
    </message>
    <message>
        <source>The history database refused a statement</source>
        <translation>O banco de dados de histórico recusou um comando</translation>
    </message>
    <message>
        <source>The history database refused a transaction</source>
        <translation>O banco de dados de histórico recusou uma transação</translation>
    </message>
    <message>
        <source>Cannot read the history schema version</source>
        <translation>Não foi possível ler a versão do esquema do histórico</translation>
    </message>
    <message>
        <source>The history database %1 was created by a newer version of Pixel Hub Sessions (schema %2); update this one</source>
        <translation>O banco de dados de histórico %1 foi criado por uma versão mais nova do Pixel Hub Sessions (esquema %2); atualize esta</translation>
    </message>
    <message>
        <source>Cannot write the history schema version</source>
        <translation>Não foi possível gravar a versão do esquema do histórico</translation>
    </message>
    <message>
        <source>Cannot read the history database&apos;s clock</source>
        <translation>Não foi possível ler o relógio do banco de dados de histórico</translation>
    </message>
    <message>
        <source>Cannot write to the history database</source>
        <translation>Não foi possível gravar no banco de dados de histórico</translation>
    </message>
    <message>
        <source>Cannot read the history database</source>
        <translation>Não foi possível ler o banco de dados de histórico</translation>
    </message>
    <message>
        <source>Cannot prune the history database</source>
        <translation>Não foi possível excluir os registros antigos do banco de dados de histórico</translation>
    </message>
    <message>
        <source>The folder of the history file %1 does not exist</source>
        <translation>A pasta do arquivo de histórico %1 não existe</translation>
    </message>
</context>
<context>
    <name>HistoryText</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not known yet: the history has not seen this session change status since it was first seen.</source>
        <translation>Ainda não se sabe: o histórico não viu esta sessão mudar de status desde que a viu pela primeira vez.</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1 desde %2 (%3)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not known yet: the history has no record of this session.</source>
        <translation>Ainda não se sabe: o histórico não tem registro desta sessão.</translation>
    </message>
    <message>
        <source>Connected (and not possibly disconnected) %1 of the last 24 h, %2 of the last 7 days, counted over the time the history knows of.</source>
        <translation>Conectada (e não possivelmente desconectada) %1 das últimas 24 h e %2 dos últimos 7 dias, contando o tempo que o histórico conhece.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Log out the phone</source>
        <translation>Desconectar celular</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Silence threshold</source>
        <translation>Tempo máximo sem atividade</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>done</source>
        <translation>concluída</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falhou: %1</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 por %2: %3</translation>
    </message>
    <message>
        <source>First seen: %1</source>
        <translation>Vista pela primeira vez: %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Last action: %1 by %2, %3 (%4)</source>
        <translation>Última ação: %1 por %2, %3 (%4)</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>All sessions: id, status, last activity, zombie flag.</source>
        <translation>Todas as sessões: ID, status, última atividade, se está possivelmente desconectada.</translation>
    </message>
    <message>
        <source>The gateway lists no sessions.</source>
        <translation>O gateway não lista nenhuma sessão.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LAST ACTIVITY</source>
        <translation>ÚLTIMA ATIVIDADE</translation>
    </message>
    <message>
        <source>HEALTH</source>
        <translation>SAÚDE</translation>
    </message>
    <message>
        <source>%1 sessions, %2 connected, %3 possibly disconnected (zombie).</source>
        <translation>%1 sessões, %2 conectadas, %3 possivelmente desconectadas.</translation>
    </message>
    <message>
        <source>Note: last activity unknown: %1</source>
        <translation>Observação: última atividade desconhecida: %1</translation>
    </message>
    <message>
        <source>Gateway &quot;%1&quot;: %2</source>
        <translation>Gateway &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>GATEWAY</source>
        <translation>GATEWAY</translation>
    </message>
    <message>
        <source>The gateways list no sessions.</source>
        <translation>Os gateways não têm nenhuma sessão.</translation>
    </message>
    <message numerus="yes">
        <source>Note: gateway &quot;%1&quot; is inconsistent: it lists %n id(s) more than once (%2). Every row is shown.</source>
        <translation>
            <numerusform>Nota: o gateway &quot;%1&quot; está inconsistente: ele lista %n id mais de uma vez (%2). Todas as linhas são mostradas.</numerusform>
            <numerusform>Nota: o gateway &quot;%1&quot; está inconsistente: ele lista %n ids mais de uma vez (%2). Todas as linhas são mostradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists every session of every gateway (or of --profile) with its status, its last activity (when an activity database is configured) and whether it is a zombie (connected, but silent for longer than the threshold). A gateway that does not answer gets one line on stderr; the exit code is then 1. A gateway that lists one id more than once is inconsistent: every row is shown, and one note on stderr names the ids.
With --json: one JSON array of objects with the keys id, name, status, gateway_status, last_activity_at (ISO 8601 UTC or null), silent_for_at_least_s (when the last activity is older than the rows read so far: the silence it is known to exceed, in seconds; else null), is_zombie, gateway, dialect, duplicate_id (true when the gateway lists this id more than once) and status_since (since when the session is in its status, from the history, ISO 8601 UTC or null).</source>
        <translation>Lista todas as sessões de todos os gateways (ou do --profile) com o status, a última atividade (quando há um banco de dados de atividade configurado) e se está possivelmente desconectada (conectada, mas sem atividade por mais que o tempo máximo). Um gateway que não responde ganha uma linha no stderr; o código de saída é então 1. Um gateway que lista o mesmo id mais de uma vez está inconsistente: todas as linhas são mostradas, e uma nota no stderr diz quais ids.
Com --json: um array JSON de objetos com as chaves id, name, status, gateway_status, last_activity_at (ISO 8601 UTC ou null), silent_for_at_least_s (quando a última atividade é mais antiga que as linhas lidas até agora: o tempo sem atividade que ela com certeza ultrapassa, em segundos; senão null), is_zombie, gateway, dialect, duplicate_id (true quando o gateway lista este id mais de uma vez) e status_since (desde quando a sessão está no status atual, pelo histórico, ISO 8601 UTC ou null).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation>Pixel Hub Sessions</translation>
    </message>
    <message>
        <source>Filter by session, name or status (Ctrl+F)</source>
        <translation>Filtrar por sessão, nome ou status (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only sessions needing &amp;attention</source>
        <translation>Somente sessões que &amp;precisam de atenção</translation>
    </message>
    <message>
        <source>Show only sessions that are not connected or possibly disconnected</source>
        <translation>Mostrar apenas sessões não conectadas ou possivelmente desconectadas</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessões</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Ask the gateway for its sessions now (F5)</source>
        <translation>Consultar as sessões do gateway agora (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>Gateway address and secret, activity database, refresh interval</source>
        <translation>Endereço e chave de acesso do gateway, banco de dados de atividade, intervalo de atualização</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrar…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;About Pixel Hub Sessions</source>
        <translation>&amp;Sobre o Pixel Hub Sessions</translation>
    </message>
    <message>
        <source>Show the sessions of one gateway only</source>
        <translation>Mostrar só as sessões de um gateway</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nova sessão</translation>
    </message>
    <message>
        <source>Session &amp;id:</source>
        <translation>&amp;ID da sessão:</translation>
    </message>
    <message>
        <source>e.g. sales-team</source>
        <translation>ex.: equipe-vendas</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>Usage: %1 [global options] %2</source>
        <translation>Uso: %1 [opções globais] %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 help%2&quot; for help.</source>
        <translation>Execute &quot;%1 help%2&quot; para ver a ajuda.</translation>
    </message>
    <message>
        <source>On the command line the secret comes from PIXELHUB_GATEWAY_SECRET, else the keychain.</source>
        <translation>Na linha de comando, a chave de acesso vem de PIXELHUB_GATEWAY_SECRET ou, na falta dela, do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>On the command line: --gateway URL or PIXELHUB_GATEWAY_URL.</source>
        <translation>Na linha de comando: --gateway URL ou PIXELHUB_GATEWAY_URL.</translation>
    </message>
</context>
<context>
    <name>QrDialog</name>
    <message>
        <source>Link a phone</source>
        <translation>Conectar um celular</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>Escaneie o QR code</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
</context>
<context>
    <name>ReconnectCommand</name>
    <message>
        <source>Get a new QR code for an existing session.</source>
        <translation>Obter um novo QR code para uma sessão existente.</translation>
    </message>
    <message>
        <source>Asks the gateway for a QR code for the session ID and writes it as a PNG file (--qr-png FILE, else a file in the temporary directory); the path is printed. A session the gateway still calls connected although its phone is gone can only give a QR code after being recreated: this command then deletes and creates it again without asking (it says so). With --wait N, waits up to N seconds for the scan (exit code 0 once connected, 1 on failure or timeout); with --wait 0 (the default), ends once the QR code is written.</source>
        <translation>Solicita ao gateway um QR code para a sessão ID e o grava como arquivo PNG (--qr-png FILE, senão um arquivo no diretório temporário); o caminho é impresso. Uma sessão que o gateway ainda considera conectada, embora o celular já não esteja, só fornece um QR code depois de ser recriada: nesse caso, este comando a exclui e a cria de novo sem perguntar (e avisa). Com --wait N, aguarda até N segundos pela leitura (código de saída 0 ao conectar, 1 em caso de falha ou tempo esgotado); com --wait 0 (o padrão), termina assim que o QR code é gravado.</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>agora mesmo</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>há %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>há %1 h</translation>
    </message>
    <message>
        <source>Updated just now</source>
        <translation>Atualizado agora mesmo</translation>
    </message>
    <message>
        <source>Updated %1 s ago</source>
        <translation>Atualizado há %1 s</translation>
    </message>
    <message>
        <source>Updated %1 min ago</source>
        <translation>Atualizado há %1 min</translation>
    </message>
    <message>
        <source>Updated %1 h ago</source>
        <translation>Atualizado há %1 h</translation>
    </message>
    <message>
        <source>more than %1 min ago</source>
        <translation>há mais de %1 min</translation>
    </message>
    <message>
        <source>more than %1 h ago</source>
        <translation>há mais de %1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n day ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>há %n dia</numerusform>
            <numerusform>há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n day ago</source>
        <translation>
            <numerusform>há mais de %n dia</numerusform>
            <numerusform>há mais de %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n days ago</source>
        <translation>
            <numerusform>há mais de %n dia</numerusform>
            <numerusform>há mais de %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n day ago</source>
        <translation>
            <numerusform>Atualizado há %n dia</numerusform>
            <numerusform>Atualizado há %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n days ago</source>
        <translation>
            <numerusform>Atualizado há %n dia</numerusform>
            <numerusform>Atualizado há %n dias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseClassifier</name>
    <message>
        <source>Cannot reach the gateway at %1: the connection was refused. Check the gateway URL in Settings and that the gateway is running.</source>
        <translation>Não é possível acessar o gateway em %1: a conexão foi recusada. Verifique a URL do gateway em Configurações e se o gateway está em execução.</translation>
    </message>
    <message>
        <source>The gateway host in %1 was not found. Check the gateway URL in Settings and this computer&apos;s network connection.</source>
        <translation>O host do gateway em %1 não foi encontrado. Verifique a URL do gateway em Configurações e a conexão de rede deste computador.</translation>
    </message>
    <message>
        <source>The gateway at %1 closed the connection before answering completely. Try again; if it persists, the gateway may be restarting.</source>
        <translation>O gateway em %1 fechou a conexão antes de responder por completo. Tente novamente; se persistir, o gateway pode estar reiniciando.</translation>
    </message>
    <message>
        <source>The gateway&apos;s certificate at %1 is not trusted (%2). If the gateway uses a private certificate authority, set its CA file in Settings.</source>
        <translation>O certificado do gateway em %1 não é confiável (%2). Se o gateway usa uma autoridade certificadora privada, informe o arquivo da CA em Configurações.</translation>
    </message>
    <message>
        <source>This computer seems to be offline. Check the network connection and try again.</source>
        <translation>Este computador parece estar sem conexão. Verifique a conexão de rede e tente novamente.</translation>
    </message>
    <message>
        <source>The network proxy failed (%1). Check this computer&apos;s proxy settings.</source>
        <translation>O proxy de rede falhou (%1). Verifique as configurações de proxy deste computador.</translation>
    </message>
    <message>
        <source>Cannot talk to the gateway at %1 (%2). Check the gateway URL in Settings and the network connection.</source>
        <translation>Não é possível se comunicar com o gateway em %1 (%2). Verifique a URL do gateway em Configurações e a conexão de rede.</translation>
    </message>
    <message>
        <source>The gateway at %1 sent no HTTP answer. Check the gateway URL in Settings.</source>
        <translation>O gateway em %1 não enviou nenhuma resposta HTTP. Verifique a URL do gateway em Configurações.</translation>
    </message>
    <message>
        <source>The web server in front of the gateway asks for a password (HTTP 401). The gateway&apos;s /api/ address must not require one: ask whoever runs the gateway&apos;s nginx to turn off Basic Auth there.</source>
        <translation>O servidor web na frente do gateway pede uma senha (HTTP 401). O endereço /api/ do gateway não deve exigir senha: peça a quem administra o nginx do gateway para desativar o Basic Auth nele.</translation>
    </message>
    <message>
        <source>The gateway did not receive a secret (HTTP 401). Enter the gateway secret in Settings.</source>
        <translation>O gateway não recebeu uma chave de acesso (HTTP 401). Informe a chave de acesso do gateway em Configurações.</translation>
    </message>
    <message>
        <source>The gateway refused the secret (HTTP 401). Check the secret in Settings.</source>
        <translation>O gateway recusou a chave de acesso (HTTP 401). Confira a chave de acesso em Configurações.</translation>
    </message>
    <message>
        <source>The gateway sent an empty answer (HTTP %1). A healthy gateway always answers with data: check that it is running properly, then try again.</source>
        <translation>O gateway enviou uma resposta vazia (HTTP %1). Um gateway saudável sempre responde com dados: verifique se ele está funcionando corretamente e tente novamente.</translation>
    </message>
    <message>
        <source>The gateway took too long and its web server gave up (HTTP 504 Gateway Time-out). The gateway is busy or stuck: try again in a minute; if it persists, ask for the gateway to be restarted.</source>
        <translation>O gateway demorou demais e o servidor web dele desistiu (HTTP 504 Gateway Time-out). O gateway está ocupado ou travado: tente novamente em um minuto; se persistir, peça que o gateway seja reiniciado.</translation>
    </message>
    <message>
        <source>The gateway&apos;s web server cannot reach the gateway (HTTP %1). The gateway is probably down or restarting: try again in a minute.</source>
        <translation>O servidor web do gateway não consegue acessar o gateway (HTTP %1). O gateway provavelmente está fora do ar ou reiniciando: tente novamente em um minuto.</translation>
    </message>
    <message>
        <source>The gateway answered with a web page instead of data (HTTP %1%2). Check the gateway URL in Settings: it usually ends with :8443.</source>
        <translation>O gateway respondeu com uma página web em vez de dados (HTTP %1%2). Verifique a URL do gateway em Configurações: ela geralmente termina com :8443.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is not valid data (%1 at byte %2); it may have been cut off. Try again; if it persists, check the gateway.</source>
        <translation>A resposta do gateway não contém dados válidos (%1 no byte %2); ela pode ter sido cortada. Tente novamente; se persistir, verifique o gateway.</translation>
    </message>
    <message>
        <source>The gateway does not know this request (HTTP 404, Route not found). Check the gateway URL in Settings and the gateway&apos;s version.</source>
        <translation>O gateway não reconhece esta requisição (HTTP 404, Route not found). Verifique a URL do gateway em Configurações e a versão do gateway.</translation>
    </message>
    <message>
        <source>The gateway does not know this session (HTTP 404%1). Refresh the list.</source>
        <translation>O gateway não conhece esta sessão (HTTP 404%1). Atualize a lista.</translation>
    </message>
    <message>
        <source>The gateway refused: the session already exists (HTTP 409%1).</source>
        <translation>O gateway recusou: a sessão já existe (HTTP 409%1).</translation>
    </message>
    <message>
        <source>The gateway refused access (HTTP 403%1). Check the secret in Settings.</source>
        <translation>O gateway recusou o acesso (HTTP 403%1). Confira a chave de acesso em Configurações.</translation>
    </message>
    <message>
        <source>The gateway refused the request (HTTP %1%2).</source>
        <translation>O gateway recusou a requisição (HTTP %1%2).</translation>
    </message>
    <message>
        <source>The gateway answered with a redirect (HTTP %1) that was not followed. Check the gateway URL in Settings.</source>
        <translation>O gateway respondeu com um redirecionamento (HTTP %1) que não foi seguido. Verifique o endereço do gateway em Configurações.</translation>
    </message>
    <message>
        <source>The gateway reported an internal error (HTTP %1). Try again; if it persists, tell whoever runs the gateway.</source>
        <translation>O gateway informou um erro interno (HTTP %1). Tente novamente; se persistir, avise quem administra o gateway.</translation>
    </message>
    <message>
        <source>The gateway reported an internal error (HTTP %1%2). Try again; if it persists, tell whoever runs the gateway.</source>
        <translation>O gateway informou um erro interno (HTTP %1%2). Tente novamente; se persistir, avise quem administra o gateway.</translation>
    </message>
</context>
<context>
    <name>SessionActionCommand</name>
    <message>
        <source>Restart a session on the gateway (keeps the link with the phone).</source>
        <translation>Reiniciar uma sessão no gateway (mantém o celular conectado).</translation>
    </message>
    <message>
        <source>Log a session out: unlink the phone, keep the session (needs --yes).</source>
        <translation>Desconectar o celular de uma sessão, mantendo a sessão (exige --yes).</translation>
    </message>
    <message>
        <source>Asks the gateway to restart the session ID: it stops and starts again, keeping the link with the phone. Only for gateways whose dialect can restart (waha, evolution).</source>
        <translation>Pede ao gateway que reinicie a sessão ID: ela para e inicia de novo, mantendo o celular conectado. Só para gateways cujo dialeto permite reiniciar (waha, evolution).</translation>
    </message>
    <message>
        <source>Logs the session ID out: the phone&apos;s link is dropped (it leaves WhatsApp&apos;s Linked devices) but the session and its settings stay, ready for a new QR code or pairing code. Nothing is sent without --yes. Only for gateways whose dialect can log out (waha, evolution).</source>
        <translation>Desconecta o celular da sessão ID: o aparelho sai de Aparelhos conectados no WhatsApp, mas a sessão e as configurações dela ficam, prontas para um novo QR code ou código de conexão. Nada é enviado sem --yes. Só para gateways cujo dialeto permite desconectar o celular (waha, evolution).</translation>
    </message>
    <message>
        <source>Confirm the logout.</source>
        <translation>Confirmar a desconexão do celular.</translation>
    </message>
    <message>
        <source>Refusing to log &quot;%1&quot; out without --yes: the phone&apos;s link would be dropped. Nothing was sent.</source>
        <translation>O celular de &quot;%1&quot; não foi desconectado: falta --yes, e a conexão com o celular seria perdida. Nada foi enviado.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; restarted.</source>
        <translation>Sessão &quot;%1&quot; reiniciada.</translation>
    </message>
    <message>
        <source>Session &quot;%1&quot; logged out.</source>
        <translation>Celular da sessão &quot;%1&quot; desconectado.</translation>
    </message>
</context>
<context>
    <name>SessionFormat</name>
    <message>
        <source>%1 ago</source>
        <translation>há %1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <source>POSSIBLY DISCONNECTED (%1)</source>
        <translation>POSSIVELMENTE DESCONECTADO (%1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation>nenhuma atividade registrada</translation>
    </message>
    <message>
        <source>ok (activity unknown)</source>
        <translation>ok (atividade desconhecida)</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>more than %1 ago</source>
        <translation>há mais de %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Gateway</source>
        <translation>&amp;Gateway</translation>
    </message>
    <message>
        <source>Gateway &amp;address:</source>
        <translation>&amp;Endereço do gateway:</translation>
    </message>
    <message>
        <source>https://wpp.example.com:8443</source>
        <translation>https://wpp.example.com:8443</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Chave de acesso:</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificates:</source>
        <translation>Certificados de &amp;CA extras:</translation>
    </message>
    <message>
        <source>Optional PEM file (private CA)</source>
        <translation>Arquivo PEM opcional (CA privada)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <source>&amp;Listing timeout:</source>
        <translation>Tempo limite da &amp;listagem:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Request timeout:</source>
        <translation>Tempo limite das &amp;requisições:</translation>
    </message>
    <message>
        <source>Refresh &amp;every:</source>
        <translation>&amp;Atualizar a cada:</translation>
    </message>
    <message>
        <source>Off (manual only)</source>
        <translation>Desativado (somente manual)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>&amp;Activity database</source>
        <translation>&amp;Banco de dados de atividade</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Banco de &amp;dados:</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/database</source>
        <translation>mysql://user@host:3306/database</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Possibly disconnected after &amp;silence of:</source>
        <translation>Possivelmente desconectada após &amp;inatividade de:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Count sessions with &amp;no activity recorded as possibly disconnected</source>
        <translation>Considerar sessões sem atividade &amp;registrada como possivelmente desconectadas</translation>
    </message>
    <message>
        <source>T&amp;est database</source>
        <translation>&amp;Testar banco de dados</translation>
    </message>
    <message>
        <source>&amp;Desktop</source>
        <translation>Área de &amp;trabalho</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Keep running in the system tray when the window is closed</source>
        <translation>&amp;Continuar em execução na bandeja do sistema ao fechar a janela</translation>
    </message>
    <message>
        <source>Database &amp;timeout:</source>
        <translation>Tempo &amp;limite do banco:</translation>
    </message>
    <message>
        <source>How long to wait for the activity database before showing the sessions without their last activity</source>
        <translation>Quanto esperar pelo banco de dados de atividade antes de mostrar as sessões sem a última atividade</translation>
    </message>
    <message>
        <source>Gateways:</source>
        <translation>Gateways:</translation>
    </message>
    <message>
        <source>Every gateway the window watches. Select one to edit it below.</source>
        <translation>Todos os gateways que a janela acompanha. Selecione um para editá-lo abaixo.</translation>
    </message>
    <message>
        <source>A&amp;dd gateway</source>
        <translation>A&amp;dicionar gateway</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <source>Stop watching this gateway and forget its credential (on Save)</source>
        <translation>Deixar de acompanhar este gateway e esquecer a chave de acesso dele (ao salvar)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>A short name shown in the Gateway column: lower-case letters, digits, - and _</source>
        <translation>Um nome curto, mostrado na coluna Gateway: letras minúsculas, dígitos, - e _</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>The software the gateway runs</source>
        <translation>O software que o gateway usa</translation>
    </message>
    <message>
        <source>Or from &amp;variable:</source>
        <translation>Ou da &amp;variável:</translation>
    </message>
    <message>
        <source>Optional: name of an environment variable that holds the credential</source>
        <translation>Opcional: nome de uma variável de ambiente com a chave de acesso</translation>
    </message>
    <message>
        <source>For servers and shared desks: the credential is read from this environment variable at every start instead of the keychain</source>
        <translation>Para servidores e computadores compartilhados: a chave de acesso é lida desta variável de ambiente a cada início, em vez do chaveiro do sistema</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <source>Every status change and every action on a session is kept on this computer. Optionally, a team database (MariaDB or PostgreSQL) gathers the history of every desk and of the server&apos;s checks in one place; while it cannot be reached, records wait on this computer and are sent later.</source>
        <translation>Cada mudança de status e cada ação numa sessão ficam guardadas neste computador. Opcionalmente, um banco de dados da equipe (MariaDB ou PostgreSQL) reúne num só lugar o histórico de todos os computadores e das verificações do servidor; enquanto ele não puder ser acessado, os registros esperam neste computador e são enviados depois.</translation>
    </message>
    <message>
        <source>&amp;Team database:</source>
        <translation>Banco da &amp;equipe:</translation>
    </message>
    <message>
        <source>Optional: postgresql://user@host:5432/database</source>
        <translation>Opcional: postgresql://user@host:5432/database</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Se&amp;nha:</translation>
    </message>
    <message>
        <source>&amp;Keep records for:</source>
        <translation>Guardar &amp;registros por:</translation>
    </message>
    <message>
        <source>Older records are removed, a few at a time, on this computer and in the team database</source>
        <translation>Os registros mais antigos são removidos, poucos de cada vez, neste computador e no banco de dados da equipe</translation>
    </message>
    <message>
        <source>Test team &amp;database</source>
        <translation>Testar banco da e&amp;quipe</translation>
    </message>
    <message>
        <source>The whole app changes language when you save.</source>
        <translation>O aplicativo inteiro muda de idioma quando você salvar.</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>One session, with the raw gateway answer.</source>
        <translation>Uma sessão, com a resposta bruta do gateway.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer does not describe the session &quot;%1&quot;.</source>
        <translation>A resposta do gateway não descreve a sessão &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sessão:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Gateway status:</source>
        <translation>Status no gateway:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>Last activity:</source>
        <translation>Última atividade:</translation>
    </message>
    <message>
        <source>Zombie:</source>
        <translation>Possivelmente desconectada:</translation>
    </message>
    <message>
        <source>yes, possibly disconnected</source>
        <translation>sim, possivelmente desconectado</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Health:</source>
        <translation>Saúde:</translation>
    </message>
    <message>
        <source>The gateway answered about the session &quot;%1&quot; when asked for &quot;%2&quot;; nothing is shown.</source>
        <translation>O gateway respondeu sobre a sessão &quot;%1&quot; quando a pedida foi &quot;%2&quot;; nada é mostrado.</translation>
    </message>
    <message>
        <source>Status since:</source>
        <translation>Status desde:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>Gateway note:</source>
        <translation>Aviso do gateway:</translation>
    </message>
    <message>
        <source>Shows one session: its status (normalised and as the gateway says it), name, last activity, whether it is a zombie and why, and the gateway&apos;s raw answer about it.
With --json: one object with the keys id, name, status, gateway_status, last_activity_at, silent_for_at_least_s, is_zombie, health, reason, gateway_reason (what the gateway&apos;s state means, or null) and gateway_answer.</source>
        <translation>Mostra uma sessão: o status (normalizado e como o gateway informa), o nome, a última atividade, se está possivelmente desconectada e por quê, e a resposta bruta do gateway sobre ela.
Com --json: um objeto com as chaves id, name, status, gateway_status, last_activity_at, silent_for_at_least_s, is_zombie, health, reason, gateway_reason (o que o estado do gateway significa, ou null) e gateway_answer.</translation>
    </message>
    <message>
        <source>Gateway answer (as received):</source>
        <translation>Resposta do gateway (como recebida):</translation>
    </message>
</context>
<context>
    <name>TestConnectionCommand</name>
    <message>
        <source>Activity database: answered, activity known for %1 channels.</source>
        <translation>Banco de dados de atividade: respondeu, atividade conhecida para %1 canais.</translation>
    </message>
    <message>
        <source>Activity database: not configured (zombies cannot be detected).</source>
        <translation>Banco de dados de atividade: não configurado (não é possível detectar sessões possivelmente desconectadas).</translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation>Gateway %1: %2</translation>
    </message>
    <message>
        <source>Activity database: %1</source>
        <translation>Banco de dados de atividade: %1</translation>
    </message>
    <message>
        <source>Check the gateways (latency, session count) and the activity database.</source>
        <translation>Verificar os gateways (latência, número de sessões) e o banco de dados de atividade.</translation>
    </message>
    <message>
        <source>Lists the sessions of every gateway once (all at once; --profile NAME for one) and reports each one&apos;s latency and number of sessions, or its error. When an activity database is configured, reads it once too. Exit code 0 when everything configured answers, 1 otherwise.</source>
        <translation>Lista uma vez as sessões de cada gateway (todos ao mesmo tempo; --profile NAME para um só) e informa a latência e o número de sessões de cada um, ou o erro. Quando há um banco de dados de atividade configurado, também o lê uma vez. Código de saída 0 quando tudo o que está configurado responde, 1 caso contrário.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a gateway&apos;s name and its address</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ZombiePolicy</name>
    <message>
        <source>not connected</source>
        <translation>não conectado</translation>
    </message>
    <message>
        <source>activity database not configured</source>
        <translation>banco de dados de atividade não configurado</translation>
    </message>
    <message>
        <source>last activity unknown: %1</source>
        <translation>última atividade desconhecida: %1</translation>
    </message>
    <message>
        <source>no activity recorded (counted as a zombie by the settings)</source>
        <translation>nenhuma atividade registrada (possivelmente desconectada, conforme Configurações)</translation>
    </message>
    <message>
        <source>no activity recorded</source>
        <translation>nenhuma atividade registrada</translation>
    </message>
    <message>
        <source>silent for %1 (threshold %2)</source>
        <translation>sem atividade há %1 (limite %2)</translation>
    </message>
    <message>
        <source>last activity %1 ago (threshold %2)</source>
        <translation>última atividade há %1 (limite %2)</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>silent for more than %1 (threshold %2)</source>
        <translation>sem atividade há mais de %1 (limite %2)</translation>
    </message>
    <message>
        <source>silent for at least %1; older history is still being read (threshold %2)</source>
        <translation>sem atividade há pelo menos %1; o histórico mais antigo ainda está sendo lido (limite %2)</translation>
    </message>
    <message>
        <source>connected %1 ago; its last message is older (threshold %2)</source>
        <translation>conectada há %1; a última mensagem é anterior (limite %2)</translation>
    </message>
</context>
<context>
    <name>activity::ActivityIndex</name>
    <message>
        <source>The activity database at %1 did not answer within %2 s. The list still works; if it persists, check the database server&apos;s load.</source>
        <translation>O banco de dados de atividade em %1 não respondeu em %2 s. A lista continua funcionando; se persistir, verifique a carga do servidor do banco de dados.</translation>
    </message>
</context>
<context>
    <name>cli::CommandContext</name>
    <message>
        <source>The gateway did not list its sessions in time. Check the gateway and try again.</source>
        <translation>O gateway não listou as sessões a tempo. Verifique o gateway e tente novamente.</translation>
    </message>
    <message>
        <source>The gateway did not answer in time. Check the gateway and try again.</source>
        <translation>O gateway não respondeu a tempo. Verifique o gateway e tente novamente.</translation>
    </message>
    <message>
        <source>The activity database did not answer in time.</source>
        <translation>O banco de dados de atividade não respondeu a tempo.</translation>
    </message>
</context>
<context>
    <name>gateway::GatewayClient</name>
    <message>
        <source>The CA file %1 could not be read or holds no PEM certificate. Check the CA file in Settings.</source>
        <translation>Não foi possível ler o arquivo de CA %1 ou ele não contém nenhum certificado PEM. Verifique o arquivo de CA em Configurações.</translation>
    </message>
    <message>
        <source>No gateway is configured. Open Settings and enter the gateway URL and secret.</source>
        <translation>Nenhum gateway configurado. Abra Configurações e informe o endereço e a chave de acesso do gateway.</translation>
    </message>
    <message>
        <source>The gateway address %1 uses plain http:// to another computer: the secret would travel in clear text, so nothing was sent. Use https://, or allow clear text for this gateway in the profile (gateway/allowCleartext=true) if the network is trusted.</source>
        <translation>O endereço do gateway %1 usa http:// sem criptografia até outro computador: a chave de acesso trafegaria aberta, então nada foi enviado. Use https://, ou permita texto aberto para este gateway no perfil (gateway/allowCleartext=true) se a rede for confiável.</translation>
    </message>
    <message>
        <source>The gateway gave no token for the session %1.</source>
        <translation>O gateway não forneceu a chave de acesso da sessão %1.</translation>
    </message>
</context>
<context>
    <name>gateway::GatewayJob</name>
    <message>
        <source>The gateway redirected the request to another address (%1); it was not followed, so the secret was not sent there. Check the gateway URL in Settings.</source>
        <translation>O gateway redirecionou a requisição para outro endereço (%1); o redirecionamento não foi seguido, então a chave de acesso não foi enviada para lá. Confira o endereço do gateway em Configurações.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not connect to the gateway at %1 within %2 s. Check the gateway URL and that the gateway is reachable from this computer.</source>
        <translation>Não foi possível conectar ao gateway em %1 em até %2 s. Verifique a URL do gateway e se o gateway está acessível a partir deste computador.</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1 s. It may be overloaded: wait a moment and try again; if it persists, check that the gateway is running.</source>
        <translation>O gateway não respondeu em %1 s. Ele pode estar sobrecarregado: aguarde um momento e tente novamente; se persistir, verifique se o gateway está em execução.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is larger than %1 MiB and was refused. Check the gateway URL: this is not what the gateway normally sends.</source>
        <translation>A resposta do gateway tem mais de %1 MiB e foi recusada. Verifique a URL do gateway: não é isso que o gateway normalmente envia.</translation>
    </message>
    <message>
        <source>The gateway answered %1 %2 with a redirect (HTTP %3 to %4); it was not followed, so nothing was done. Check the gateway URL in Settings.</source>
        <translation>O gateway respondeu a %1 %2 com um redirecionamento (HTTP %3 para %4); ele não foi seguido, então nada foi feito. Verifique o endereço do gateway em Configurações.</translation>
    </message>
    <message>
        <source>The gateway at %1 answered with too many redirects (a redirect loop); the request was given up. Check the gateway URL in Settings.</source>
        <translation>O gateway em %1 respondeu com redirecionamentos demais (um ciclo de redirecionamentos); a requisição foi abandonada. Verifique o endereço do gateway em Configurações.</translation>
    </message>
    <message>
        <source>The gateway at %1 redirected from https:// to http://; it was not followed, so the secret was not sent in clear. Check the gateway URL in Settings.</source>
        <translation>O gateway em %1 redirecionou de https:// para http://; o redirecionamento não foi seguido, então a chave de acesso não foi enviada sem criptografia. Verifique o endereço do gateway em Configurações.</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer is too large once decompressed (more than %1 MiB) and was refused. Check the gateway URL: this is not what the gateway normally sends.</source>
        <translation>A resposta do gateway fica grande demais depois de descompactada (mais de %1 MiB) e foi recusada. Verifique a URL do gateway: não é isso que o gateway normalmente envia.</translation>
    </message>
</context>
<context>
    <name>gateway::GetChannelJob</name>
    <message>
        <source>The gateway answered without the session&apos;s status.</source>
        <translation>O gateway respondeu sem o status da sessão.</translation>
    </message>
</context>
<context>
    <name>gateway::ListChannelsJob</name>
    <message>
        <source>The gateway answered without a session list. Check the gateway URL in Settings and the gateway&apos;s version.</source>
        <translation>O gateway respondeu sem uma lista de sessões. Verifique a URL do gateway em Configurações e a versão do gateway.</translation>
    </message>
</context>
<context>
    <name>health::HealthCheck</name>
    <message>
        <source>not sent (cancelled)</source>
        <translation>não enviado (cancelado)</translation>
    </message>
    <message>
        <source>asked the gateway for a QR: it still says connected, so no reconnect was triggered (run &quot;reconnect %1&quot; to recreate the session)</source>
        <translation>QR solicitado ao gateway: ele ainda diz que a sessão está conectada, então nenhuma reconexão foi disparada (execute &quot;reconnect %1&quot; para recriar a sessão)</translation>
    </message>
    <message>
        <source>asked the gateway for a QR (reconnect triggered)</source>
        <translation>QR solicitado ao gateway (reconexão disparada)</translation>
    </message>
    <message>
        <source>asked the gateway for a QR, failed: %1</source>
        <translation>QR solicitado ao gateway, mas falhou: %1</translation>
    </message>
</context>
<context>
    <name>history::HistoryWorker</name>
    <message>
        <source>The team history database does not answer; the history is kept on this computer and sent when it is back (%1).</source>
        <translation>O banco de dados de histórico da equipe não responde; o histórico fica guardado neste computador e é enviado quando ele voltar (%1).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keep the WhatsApp gateway&apos;s sessions online. Secrets come from the keychain or the PIXELHUB_GATEWAY_SECRET / PIXELHUB_ACTIVITY_PASSWORD environment variables, never from arguments.</source>
        <translation>Mantenha conectadas as sessões do gateway do WhatsApp. As chaves de acesso e senhas vêm do chaveiro do sistema ou das variáveis de ambiente PIXELHUB_GATEWAY_SECRET / PIXELHUB_ACTIVITY_PASSWORD, nunca de argumentos.</translation>
    </message>
    <message>
        <source>Gateway URL for this run.</source>
        <translation>URL do gateway para esta execução.</translation>
    </message>
    <message>
        <source>Activity database for this run (mysql://, postgresql:// or sqlite:///).</source>
        <translation>Banco de dados de atividade para esta execução (mysql://, postgresql:// ou sqlite:///).</translation>
    </message>
    <message>
        <source>Run the demo only when no gateway URL is configured anywhere.</source>
        <translation>Executar a demonstração somente quando nenhuma URL de gateway estiver configurada em lugar nenhum.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumento inesperado: %1</translation>
    </message>
    <message>
        <source>Enter the gateway&apos;s address.</source>
        <translation>Digite o endereço do gateway.</translation>
    </message>
    <message>
        <source>Language for this run: %1.</source>
        <translation>Idioma desta execução: %1.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use one of %2.</source>
        <translation>Idioma desconhecido &quot;%1&quot;: use um destes: %2.</translation>
    </message>
    <message>
        <source>Run against a simulated gateway: starts wa-gateway-sim, or with --gateway uses a simulator already running there (secret from PIXELHUB_GATEWAY_SECRET).</source>
        <translation>Executa com um gateway simulado: inicia o wa-gateway-sim ou, com --gateway, usa um simulador já em execução nesse endereço (chave de acesso em PIXELHUB_GATEWAY_SECRET).</translation>
    </message>
</context>
<context>
    <name>qr::QrImage</name>
    <message>
        <source>The QR code sent by the gateway is larger than %1 KiB and was refused.</source>
        <translation>O QR code enviado pelo gateway tem mais de %1 KiB e foi recusado.</translation>
    </message>
    <message>
        <source>The QR code sent by the gateway is not valid base64 data, so it cannot be shown. Try again; if it persists, check the gateway.</source>
        <translation>O QR code enviado pelo gateway não contém dados base64 válidos, então não pode ser exibido. Tente novamente; se persistir, verifique o gateway.</translation>
    </message>
    <message>
        <source>The QR code is an address (%1); it needs to be downloaded first.</source>
        <translation>O QR code é um endereço (%1); ele precisa ser baixado primeiro.</translation>
    </message>
    <message>
        <source>The QR code sent by the gateway is a data address that holds no base64 image (%1). Check the gateway.</source>
        <translation>O QR code enviado pelo gateway é um endereço de dados que não contém imagem base64 (%1). Verifique o gateway.</translation>
    </message>
    <message>
        <source>The pairing text sent by the gateway is too long for a QR code (%1 characters).</source>
        <translation>O texto de pareamento enviado pelo gateway é longo demais para um QR code (%1 caracteres).</translation>
    </message>
    <message>
        <source>The gateway sent an empty QR code.</source>
        <translation>O gateway enviou um QR code vazio.</translation>
    </message>
    <message>
        <source>The QR code sent by the gateway is base64 data but not an image (PNG, JPEG, GIF or BMP), so it cannot be shown. Try again; if it persists, check the gateway.</source>
        <translation>O QR code enviado pelo gateway contém dados base64, mas não é uma imagem (PNG, JPEG, GIF ou BMP), então não pode ser exibido. Tente novamente; se persistir, verifique o gateway.</translation>
    </message>
    <message>
        <source>The QR image from the gateway is empty.</source>
        <translation>A imagem do QR enviada pelo gateway está vazia.</translation>
    </message>
    <message>
        <source>The QR code from the gateway is not an image (PNG, JPEG, GIF or BMP), so it cannot be shown. Try again; if it persists, check the gateway.</source>
        <translation>O QR code enviado pelo gateway não é uma imagem (PNG, JPEG, GIF ou BMP), então não pode ser exibido. Tente novamente; se persistir, verifique o gateway.</translation>
    </message>
    <message>
        <source>The QR image from the gateway has an implausible size (%1×%2 pixels), so it was refused.</source>
        <translation>A imagem do QR enviada pelo gateway tem um tamanho implausível (%1×%2 pixels), por isso foi recusada.</translation>
    </message>
    <message>
        <source>The QR image from the gateway is damaged and cannot be shown (%1). Try again.</source>
        <translation>A imagem do QR enviada pelo gateway está corrompida e não pode ser exibida (%1). Tente novamente.</translation>
    </message>
</context>
<context>
    <name>runtime::GatewayActivity</name>
    <message>
        <source>the gateway did not tell the last message in time</source>
        <translation>o gateway não informou a última mensagem a tempo</translation>
    </message>
    <message>
        <source>waiting for the gateway&apos;s answer</source>
        <translation>aguardando a resposta do gateway</translation>
    </message>
    <message>
        <source>the gateway did not tell the last message: %1</source>
        <translation>o gateway não informou a última mensagem: %1</translation>
    </message>
</context>
<context>
    <name>runtime::GatewayProbe</name>
    <message numerus="yes">
        <source>%n session, answered in %1 ms.</source>
        <translation>
            <numerusform>%n sessão, resposta em %1 ms.</numerusform>
            <numerusform>%n sessões, resposta em %1 ms.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions, answered in %1 ms.</source>
        <translation>
            <numerusform>%n sessão, resposta em %1 ms.</numerusform>
            <numerusform>%n sessões, resposta em %1 ms.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>runtime::Runtime</name>
    <message>
        <source>The activity database setting is not valid: %1</source>
        <translation>A configuração do banco de dados de atividade não é válida: %1</translation>
    </message>
</context>
<context>
    <name>runtime::SessionMonitor</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>sessions::ConnectFlow</name>
    <message>
        <source>Creating the session %1 on the gateway…</source>
        <translation>Criando a sessão %1 no gateway…</translation>
    </message>
    <message>
        <source>Asking the gateway for a QR code for %1…</source>
        <translation>Solicitando ao gateway um QR code para %1…</translation>
    </message>
    <message>
        <source>Session %1 created. Waiting for the gateway to prepare the QR code…</source>
        <translation>Sessão %1 criada. Aguardando o gateway preparar o QR code…</translation>
    </message>
    <message>
        <source>A session named %1 already exists on the gateway. Use Reconnect on it instead.</source>
        <translation>Já existe uma sessão chamada %1 no gateway. Use Reconectar nela.</translation>
    </message>
    <message>
        <source>The gateway did not create the session %1. %2</source>
        <translation>O gateway não criou a sessão %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>The gateway still says the session %1 is not started, after %n start attempt(s). Check the gateway (WPPConnect) and try again.</source>
        <translation>
            <numerusform>O gateway ainda diz que a sessão %1 não foi iniciada, após %n tentativa de início. Verifique o gateway (WPPConnect) e tente novamente.</numerusform>
            <numerusform>O gateway ainda diz que a sessão %1 não foi iniciada, após %n tentativas de início. Verifique o gateway (WPPConnect) e tente novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The session %1 is not started on the gateway; starting it…</source>
        <translation>A sessão %1 não está iniciada no gateway; iniciando…</translation>
    </message>
    <message>
        <source>Session started. Waiting for the gateway to prepare the QR code…</source>
        <translation>Sessão iniciada. Aguardando o gateway preparar o QR code…</translation>
    </message>
    <message>
        <source>The gateway cannot start the session %1 (%2). A QR code can only be had by recreating the session (delete, then create).</source>
        <translation>O gateway não consegue iniciar a sessão %1 (%2). Só é possível obter um QR code recriando a sessão (excluir e depois criar).</translation>
    </message>
    <message>
        <source>The gateway does not know the session %1. Create it instead.</source>
        <translation>O gateway não conhece a sessão %1. Crie-a como nova sessão.</translation>
    </message>
    <message>
        <source>The gateway is preparing the QR code…</source>
        <translation>O gateway está preparando o QR code…</translation>
    </message>
    <message>
        <source>The gateway still says %1 is connected but makes no QR code, even after recreating the session. Check the gateway (WPPConnect), then try again.</source>
        <translation>O gateway ainda diz que %1 está conectada, mas não gera um QR code, mesmo após recriar a sessão. Verifique o gateway (WPPConnect) e tente novamente.</translation>
    </message>
    <message>
        <source>The gateway says %1 is connected, but no QR code can be made without recreating the session (delete, then create). The link with the phone, if any is left, will be dropped.</source>
        <translation>O gateway diz que %1 está conectada, mas não é possível gerar um QR code sem recriar a sessão (excluir e depois criar). A conexão com o celular, se ainda existir, será perdida.</translation>
    </message>
    <message>
        <source>The session %1 was left as it is.</source>
        <translation>A sessão %1 foi mantida como está.</translation>
    </message>
    <message>
        <source>Recreating the session %1 on the gateway (delete, then create)…</source>
        <translation>Recriando a sessão %1 no gateway (excluir e depois criar)…</translation>
    </message>
    <message>
        <source>The gateway did not delete the session %1 for the restart. %2</source>
        <translation>O gateway não excluiu a sessão %1 para o reinício. %2</translation>
    </message>
    <message>
        <source>Session %1 recreated. Waiting for the gateway to prepare the QR code…</source>
        <translation>Sessão %1 recriada. Aguardando o gateway preparar o QR code…</translation>
    </message>
    <message>
        <source>The session %1 was deleted for the restart but could not be created again. %2 Create it again with Create.</source>
        <translation>A sessão %1 foi excluída para o reinício, mas não pôde ser criada novamente. %2 Crie-a de novo com o mesmo ID.</translation>
    </message>
    <message>
        <source>Scan the QR code with WhatsApp on the phone: Linked devices &gt; Link a device.</source>
        <translation>Escaneie o QR code com o WhatsApp no celular: Aparelhos conectados &gt; Conectar um aparelho.</translation>
    </message>
    <message>
        <source>The QR code has expired; getting a new one…</source>
        <translation>O QR code expirou; obtendo um novo…</translation>
    </message>
    <message numerus="yes">
        <source>%1 Retrying in %n s.</source>
        <translation>
            <numerusform>%1 Nova tentativa em %n s.</numerusform>
            <numerusform>%1 Nova tentativa em %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>No QR scan within %1. Try again.</source>
        <translation>O QR code não foi escaneado em %1. Tente novamente.</translation>
    </message>
    <message>
        <source>The gateway gave no QR code within %1. Last answer: %2 Try again; if it persists, check the gateway.</source>
        <translation>O gateway não forneceu um QR code em %1. Última resposta: %2 Tente novamente; se persistir, verifique o gateway.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The session %1 is connected.</source>
        <translation>A sessão %1 está conectada.</translation>
    </message>
    <message>
        <source>Stopping: first creating the session %1 again, which the restart had deleted…</source>
        <translation>Interrompendo: antes, recriando a sessão %1, que o reinício havia excluído…</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>The gateway gave no QR code within %1. Last answer: %2</source>
        <translation>O gateway não forneceu um QR code em %1. Última resposta: %2</translation>
    </message>
    <message>
        <source>The gateway did not answer within %1, so it gave no QR code. Check that the gateway is running, then try again.</source>
        <translation>O gateway não respondeu em %1, então não deu nenhum QR code. Verifique se o gateway está funcionando e tente de novo.</translation>
    </message>
    <message>
        <source>Type the code on the phone: WhatsApp &gt; Linked devices &gt; Link a device &gt; Link with phone number instead.</source>
        <translation>Digite o código no celular: WhatsApp &gt; Aparelhos conectados &gt; Conectar um aparelho &gt; Conectar com número de telefone.</translation>
    </message>
    <message>
        <source>The gateway gives no code to a session already waiting for a QR scan; starting %1 again for a code…</source>
        <translation>O gateway não gera código para uma sessão que já aguarda a leitura do QR code; iniciando %1 de novo para obter um código…</translation>
    </message>
    <message>
        <source>The gateway gave no pairing code for %1. %2</source>
        <translation>O gateway não forneceu um código de conexão para %1. %2</translation>
    </message>
    <message>
        <source>The gateway still says %1 is connected but makes no QR code, even after logging it out. Try again; if it persists, tell whoever runs the gateway.</source>
        <translation>O gateway ainda diz que %1 está conectada, mas não gera QR code, mesmo depois de desconectar o celular. Tente novamente; se continuar, avise quem administra o gateway.</translation>
    </message>
    <message>
        <source>The gateway says %1 is connected, so it makes no QR code. A new one needs the session to be logged out; the link with the phone, if any is left, will be dropped.</source>
        <translation>O gateway diz que %1 está conectada, por isso não gera QR code. Para um novo, é preciso desconectar o celular da sessão; a conexão com o celular, se ainda houver, será perdida.</translation>
    </message>
    <message>
        <source>Logging the session %1 out on the gateway for a new QR code…</source>
        <translation>Desconectando o celular da sessão %1 no gateway, para um novo QR code…</translation>
    </message>
    <message>
        <source>Session %1 logged out. Waiting for the gateway to prepare the QR code…</source>
        <translation>Celular da sessão %1 desconectado. Aguardando o gateway preparar o QR code…</translation>
    </message>
    <message>
        <source>The gateway did not log the session %1 out. %2</source>
        <translation>O gateway não desconectou o celular da sessão %1. %2</translation>
    </message>
    <message>
        <source>%1 Stopped after %2 refused attempts in a row.</source>
        <translation>%1 Nenhuma nova tentativa após %2 conexões recusadas seguidas.</translation>
    </message>
</context>
<context>
    <name>sessions::SessionBook</name>
    <message numerus="yes">
        <source>The gateway lists this id %n times: it is inconsistent. Each row is shown as the gateway sent it.</source>
        <translation>
            <numerusform>O gateway lista este id %n vez: ele está inconsistente. Cada linha é mostrada como o gateway a enviou.</numerusform>
            <numerusform>O gateway lista este id %n vezes: ele está inconsistente. Cada linha é mostrada como o gateway a enviou.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sessions::Status</name>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Waiting for QR scan</source>
        <translation>QR pendente</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Iniciando</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
</context>
<context>
    <name>settings::SecretStore</name>
    <message>
        <source>Access to the keychain was denied, so secrets are kept for this session only. Unlock the keychain and try again.</source>
        <translation>O acesso ao chaveiro foi negado, então os segredos ficam guardados só até você fechar o aplicativo. Desbloqueie o chaveiro e tente novamente.</translation>
    </message>
    <message>
        <source>The system keychain is not available on this computer, so the access key and passwords are kept for this session only: type them again the next time you open the app. If it keeps happening, tell whoever manages this computer.</source>
        <translation>O chaveiro do sistema não está disponível neste computador, então a chave de acesso e as senhas ficam guardadas só até você fechar o aplicativo: digite-as de novo na próxima vez que abri-lo. Se continuar acontecendo, avise quem administra este computador.</translation>
    </message>
</context>
<context>
    <name>ui::AboutDialog</name>
    <message>
        <source>About Pixel Hub Sessions</source>
        <translation>Sobre o Pixel Hub Sessions</translation>
    </message>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation>Pixel Hub Sessions</translation>
    </message>
    <message>
        <source>Version %1 · Qt %2</source>
        <translation>Versão %1 · Qt %2</translation>
    </message>
    <message>
        <source>Keeps the WhatsApp sessions of the Pixel Hub gateway online: shows every session with its real status and last activity, spots sessions that claim to be connected but went silent, and reconnects them with a QR code. The command-line twin, pixelhub-sessions-cli, does the same for cron and monitoring.</source>
        <translation>Mantém conectadas as sessões do WhatsApp do gateway do Pixel Hub: mostra cada sessão com o status real e a última atividade, identifica sessões que aparecem como conectadas, mas ficaram sem atividade, e as reconecta com um QR code. A versão de linha de comando, pixelhub-sessions-cli, faz o mesmo para o cron e o monitoramento.</translation>
    </message>
    <message>
        <source>Copyright © 2026 Pixel Hub. Pixel Hub Sessions is free software under the MIT License.</source>
        <translation>Copyright © 2026 Pixel Hub. O Pixel Hub Sessions é software livre sob a licença MIT.</translation>
    </message>
    <message>
        <source>Third-party components and their licences:</source>
        <translation>Componentes de terceiros e suas licenças:</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <source>Qt 6</source>
        <translation>Qt 6</translation>
    </message>
    <message>
        <source>Windows, network, SQL</source>
        <translation>Janelas, rede, SQL</translation>
    </message>
    <message>
        <source>Secrets in the system keychain</source>
        <translation>Segredos no chaveiro do sistema</translation>
    </message>
    <message>
        <source>QR Code generator library (Nayuki)</source>
        <translation>Biblioteca QR Code generator (Nayuki)</translation>
    </message>
    <message>
        <source>QR codes from raw text</source>
        <translation>QR codes a partir de texto bruto</translation>
    </message>
    <message>
        <source>MariaDB Connector/C (Qt&apos;s QMYSQL driver)</source>
        <translation>MariaDB Connector/C (driver QMYSQL do Qt)</translation>
    </message>
    <message>
        <source>MariaDB / MySQL activity database</source>
        <translation>Banco de dados de atividade MariaDB / MySQL</translation>
    </message>
    <message>
        <source>libpq (Qt&apos;s QPSQL driver)</source>
        <translation>libpq (driver QPSQL do Qt)</translation>
    </message>
    <message>
        <source>PostgreSQL License</source>
        <translation>PostgreSQL License</translation>
    </message>
    <message>
        <source>PostgreSQL activity database</source>
        <translation>Banco de dados de atividade PostgreSQL</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>Domínio público</translation>
    </message>
    <message>
        <source>Embedded activity database, local cache</source>
        <translation>Banco de dados de atividade embutido, cache local</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licença</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Usado para</translation>
    </message>
    <message>
        <source>Qt HTTP Server (in wa-gateway-sim only)</source>
        <translation>Qt HTTP Server (somente no wa-gateway-sim)</translation>
    </message>
    <message>
        <source>The simulated gateway that demo mode starts as a separate program</source>
        <translation>O gateway simulado que o modo de demonstração inicia como um programa separado</translation>
    </message>
</context>
<context>
    <name>ui::ActivityBanner</name>
    <message>
        <source>The activity database is not available right now.</source>
        <translation>O banco de dados de atividade não está disponível no momento.</translation>
    </message>
    <message>
        <source>Sessions that stopped receiving messages cannot be detected right now: the activity database cannot be read, so such a session still shows as connected. Check the activity database in Settings; if it persists, tell whoever runs the database.</source>
        <translation>Não é possível detectar agora as sessões que pararam de receber mensagens: o banco de dados de atividade não pode ser lido, então uma sessão assim continua aparecendo como conectada. Confira o banco de dados de atividade em Configurações; se continuar, avise quem administra o banco.</translation>
    </message>
</context>
<context>
    <name>ui::AppContext</name>
    <message>
        <source>No activity database is configured, so the last activity is unknown. Set one up in Settings.</source>
        <translation>Nenhum banco de dados de atividade configurado, então a última atividade é desconhecida. Configure um em Configurações.</translation>
    </message>
    <message>
        <source>The activity database is not available right now.</source>
        <translation>O banco de dados de atividade não está disponível no momento.</translation>
    </message>
    <message>
        <source>Reading the activity database…</source>
        <translation>Lendo o banco de dados de atividade…</translation>
    </message>
    <message>
        <source>Correct it in Settings.</source>
        <translation>Corrija em Configurações.</translation>
    </message>
</context>
<context>
    <name>ui::BadgeTone</name>
    <message>
        <source>Possibly disconnected</source>
        <translation>Possivelmente desconectado</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Status desconhecido</translation>
    </message>
</context>
<context>
    <name>ui::BulkActions</name>
    <message>
        <source>Reconnect &amp;selected sessions…</source>
        <translation>Reconectar as sessões &amp;selecionadas…</translation>
    </message>
    <message>
        <source>Reconnect every selected session, one at a time, each QR code in its turn (Ctrl+Shift+R)</source>
        <translation>Reconectar cada sessão selecionada, uma de cada vez, cada QR code na sua vez (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>Reconectar</translation>
    </message>
    <message numerus="yes">
        <source>Reconnect %n sessions</source>
        <translation>
            <numerusform>Reconectar %n sessão</numerusform>
            <numerusform>Reconectar %n sessões</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect selected sessions: %1.</source>
        <translation>Reconectar as sessões selecionadas: %1.</translation>
    </message>
    <message>
        <source>Rest&amp;art selected sessions…</source>
        <translation>Reiniciar as sessões selecion&amp;adas…</translation>
    </message>
    <message>
        <source>Restart every selected session, one at a time; the phones stay linked</source>
        <translation>Reinicia cada sessão selecionada, uma de cada vez; os celulares continuam conectados</translation>
    </message>
    <message>
        <source>Log &amp;out selected sessions…</source>
        <translation>Desc&amp;onectar os celulares das sessões selecionadas…</translation>
    </message>
    <message>
        <source>Drop the phone&apos;s link to every selected session, one at a time, after asking; the sessions stay on their gateways</source>
        <translation>Desfaz a conexão do celular com cada sessão selecionada, uma de cada vez, depois de perguntar; as sessões continuam nos gateways</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Log out the phone</source>
        <translation>Desconectar celular</translation>
    </message>
    <message>
        <source>Restart selected sessions: %1.</source>
        <translation>Reiniciar as sessões selecionadas: %1.</translation>
    </message>
    <message>
        <source>Log out selected sessions: %1.</source>
        <translation>Desconectar os celulares das sessões selecionadas: %1.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>e mais %n</numerusform>
            <numerusform>e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Each phone&apos;s link is dropped: WhatsApp on the phone lists this computer no longer, and no messages go through the session until a phone links again by QR code or phone number. The sessions stay on their gateways.</source>
        <translation>A conexão de cada celular é desfeita: o WhatsApp do celular deixa de listar este computador, e nenhuma mensagem passa pela sessão até que um celular se conecte de novo por QR code ou por número de telefone. As sessões continuam nos gateways.</translation>
    </message>
    <message>
        <source>Restart selected sessions</source>
        <translation>Reiniciar as sessões selecionadas</translation>
    </message>
    <message>
        <source>Log out selected sessions</source>
        <translation>Desconectar os celulares das sessões selecionadas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log out the phone of each session listed?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desconectar o celular de cada sessão da lista?&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Selected but left as they are, because their gateways cannot log a phone out: %n.</source>
        <translation>
            <numerusform>Selecionada, mas fica como está, porque o gateway dela não permite desconectar o celular: %n.</numerusform>
            <numerusform>Selecionadas, mas ficam como estão, porque os gateways delas não permitem desconectar o celular: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Log out the phones</source>
        <translation>&amp;Desconectar os celulares</translation>
    </message>
</context>
<context>
    <name>ui::CleartextWarning</name>
    <message>
        <source>⚠ Secret sent in clear text</source>
        <translation>⚠ Chave de acesso enviada sem criptografia</translation>
    </message>
    <message numerus="yes">
        <source>The credential of %n gateway(s) (%1) travels in clear text over http:// to another computer, because the settings allow it (gateway/allowCleartext). Anyone on the network path can read it. Use an https:// address unless the network is trusted.</source>
        <translation>
            <numerusform>A chave de acesso de %n gateway (%1) trafega sem criptografia por http:// até outro computador, porque as configurações permitem (gateway/allowCleartext). Qualquer um no caminho da rede pode lê-la. Use um endereço https:// a menos que a rede seja confiável.</numerusform>
            <numerusform>A chave de acesso de %n gateways (%1) trafega sem criptografia por http:// até outro computador, porque as configurações permitem (gateway/allowCleartext). Qualquer um no caminho da rede pode lê-la. Use um endereço https:// a menos que a rede seja confiável.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DeleteSessionDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning: this PERMANENTLY deletes the session “%1” from the gateway.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Atenção: isto exclui PERMANENTEMENTE a sessão “%1” do gateway.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The phone linked to it is disconnected. To use it again you will have to create the session again and scan a new QR code with the phone.</source>
        <translation>O celular conectado a ela será desconectado. Para usá-lo de novo, você terá que criar a sessão novamente e escanear um novo QR code com o celular.</translation>
    </message>
    <message>
        <source>To confirm, type the session id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Para confirmar, digite o ID da sessão &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <source>Session id to confirm the deletion</source>
        <translation>ID da sessão para confirmar a exclusão</translation>
    </message>
    <message>
        <source>&amp;Delete for good</source>
        <translation>&amp;Excluir definitivamente</translation>
    </message>
    <message>
        <source>The gateway does not know the session %1 (any more). Refresh the list.</source>
        <translation>O gateway não conhece (mais) a sessão %1. Atualize a lista.</translation>
    </message>
    <message>
        <source>The session %1 was not deleted. %2</source>
        <translation>A sessão %1 não foi excluída. %2</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The gateway is deleting the session; closing this window does not stop it. If it fails, this window comes back with the reason.</source>
        <translation>O gateway está excluindo a sessão; fechar esta janela não interrompe a exclusão. Se ela falhar, esta janela volta com o motivo.</translation>
    </message>
</context>
<context>
    <name>ui::DetailsDisclosure</name>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
</context>
<context>
    <name>ui::EmptyStateWidget</name>
    <message>
        <source>No gateway configured</source>
        <translation>Nenhum gateway configurado</translation>
    </message>
    <message>
        <source>Enter the address of the WhatsApp gateway and its secret to see your sessions.</source>
        <translation>Informe o endereço do gateway do WhatsApp e a chave de acesso dele para ver suas sessões.</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configurações…</translation>
    </message>
    <message>
        <source>Loading sessions…</source>
        <translation>Carregando sessões…</translation>
    </message>
    <message>
        <source>Asking the gateway for its sessions. A gateway with many sessions can take a while to answer.</source>
        <translation>Consultando as sessões do gateway. Um gateway com muitas sessões pode demorar para responder.</translation>
    </message>
    <message>
        <source>No sessions on this gateway</source>
        <translation>Nenhuma sessão neste gateway</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>At&amp;ualizar</translation>
    </message>
    <message>
        <source>Could not load the sessions</source>
        <translation>Não foi possível carregar as sessões</translation>
    </message>
    <message>
        <source>The gateway answered, but it has no WhatsApp sessions yet. Create one and link a phone to it with its QR code.</source>
        <translation>O gateway respondeu, mas ainda não tem sessões do WhatsApp. Crie uma e conecte um celular a ela com o QR code.</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <source>The message above says what went wrong and has Retry. If the address or the access key of the gateway is wrong, correct it in Settings.</source>
        <translation>A mensagem acima diz o que deu errado e tem o botão Tentar novamente. Se o endereço ou a chave de acesso do gateway estiver errado, corrija em Configurações.</translation>
    </message>
</context>
<context>
    <name>ui::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Tentar novamente</translation>
    </message>
    <message>
        <source>Open &amp;Settings…</source>
        <translation>Abrir &amp;Configurações…</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Ocultar esta mensagem</translation>
    </message>
</context>
<context>
    <name>ui::HealthCheckController</name>
    <message>
        <source>Checking the sessions…</source>
        <translation>Verificando as sessões…</translation>
    </message>
    <message>
        <source>Health check: the sessions could not be listed.</source>
        <translation>Verificação: não foi possível listar as sessões.</translation>
    </message>
    <message>
        <source>Health check not possible: %1</source>
        <translation>Não foi possível fazer a verificação: %1</translation>
    </message>
    <message>
        <source>Health check: %1. Nothing to do.</source>
        <translation>Verificação: %1. Nada a fazer.</translation>
    </message>
    <message>
        <source>&amp;Fix unhealthy sessions…</source>
        <translation>&amp;Corrigir sessões com problema…</translation>
    </message>
    <message>
        <source>Fix sessions…</source>
        <translation>Corrigir sessões…</translation>
    </message>
    <message>
        <source>Refresh, then list the sessions that need attention and reconnect them one at a time, each QR code in its turn (Ctrl+Shift+H)</source>
        <translation>Atualizar, listar as sessões que precisam de atenção e reconectá-las uma de cada vez, cada QR code na sua vez (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Reconnect (looks connected, but is silent)</source>
        <translation>Reconectar (aparece como conectada, mas está sem atividade)</translation>
    </message>
    <message>
        <source>Scan its QR code</source>
        <translation>Escanear o QR code dela</translation>
    </message>
    <message>
        <source>Reconnect if it stays starting</source>
        <translation>Reconectar se continuar iniciando</translation>
    </message>
    <message>
        <source>Reconnect and scan a new QR code</source>
        <translation>Reconectar e escanear um novo QR code</translation>
    </message>
    <message>
        <source>Fix unhealthy sessions</source>
        <translation>Corrigir sessões com problema</translation>
    </message>
    <message>
        <source>Fix unhealthy sessions: %1.</source>
        <translation>Corrigir sessões com problema: %1.</translation>
    </message>
</context>
<context>
    <name>ui::HealthSummary</name>
    <message>
        <source>Session health</source>
        <translation>Saúde das sessões</translation>
    </message>
    <message>
        <source>The sessions have not been listed yet.</source>
        <translation>As sessões ainda não foram listadas.</translation>
    </message>
    <message>
        <source>Healthcheck: %1</source>
        <translation>Verificação: %1</translation>
    </message>
    <message>
        <source>No session needs attention.</source>
        <translation>Nenhuma sessão precisa de atenção.</translation>
    </message>
    <message>
        <source>Needing attention:</source>
        <translation>Precisam de atenção:</translation>
    </message>
    <message>
        <source>Click to show only these sessions, or again to show all.</source>
        <translation>Clique para mostrar apenas estas sessões; clique de novo para mostrar todas.</translation>
    </message>
    <message>
        <source>Sessions that went silent cannot be spotted: %1</source>
        <translation>Não é possível identificar as sessões que ficaram sem atividade: %1</translation>
    </message>
    <message>
        <source>%1 — activity unknown</source>
        <translation>%1 — atividade desconhecida</translation>
    </message>
</context>
<context>
    <name>ui::HelpActions</name>
    <message>
        <source>&amp;Guide and shortcuts</source>
        <translation>&amp;Guia e atalhos</translation>
    </message>
    <message>
        <source>Save &amp;diagnostics…</source>
        <translation>Salvar &amp;diagnóstico…</translation>
    </message>
    <message>
        <source>Save one file for a support ticket: versions, settings, the last answers of the gateways and the last log lines. It holds no password or access key.</source>
        <translation>Salvar um arquivo para um chamado de suporte: versões, configurações, as últimas respostas dos gateways e as últimas linhas do registro. Ele não contém nenhuma senha nem chave de acesso.</translation>
    </message>
    <message>
        <source>Save diagnostics</source>
        <translation>Salvar diagnóstico</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Diagnostics saved to %1.</source>
        <translation>Diagnóstico salvo em %1.</translation>
    </message>
</context>
<context>
    <name>ui::HelpDialog</name>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guia</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Função</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>What the statuses mean</source>
        <translation>O que cada status quer dizer</translation>
    </message>
    <message>
        <source>The phone is linked and the session works.</source>
        <translation>O celular está conectado e a sessão funciona.</translation>
    </message>
    <message>
        <source>The gateway says connected, but no message came in for longer than the time set in Settings. The phone may have been unlinked: reconnect it.</source>
        <translation>O gateway diz que está conectada, mas nenhuma mensagem chegou por mais tempo que o definido em Configurações. O celular pode ter sido desconectado: reconecte a sessão.</translation>
    </message>
    <message>
        <source>No phone is linked. Reconnect it.</source>
        <translation>Nenhum celular está conectado. Reconecte a sessão.</translation>
    </message>
    <message>
        <source>The session is waiting for a phone to scan its QR code. Reconnect to show the code.</source>
        <translation>A sessão está aguardando a leitura do QR code por um celular. Clique em Reconectar para mostrar o código.</translation>
    </message>
    <message>
        <source>The gateway is starting the session. Wait a minute; if it stays so, reconnect.</source>
        <translation>O gateway está iniciando a sessão. Aguarde um minuto; se continuar assim, reconecte.</translation>
    </message>
    <message>
        <source>Possibly disconnected sessions</source>
        <translation>Sessões possivelmente desconectadas</translation>
    </message>
    <message>
        <source>A session can look connected on the gateway while its phone no longer receives anything (it was unlinked, or lost its connection). The app notices it by the last activity: when a connected session has been silent for longer than the time set in Settings, its status becomes Possibly disconnected. This needs the activity database; when it cannot be read, a yellow banner says so and such sessions cannot be spotted.</source>
        <translation>Uma sessão pode aparecer como conectada no gateway enquanto o celular dela não recebe mais nada (foi desconectado ou perdeu a conexão). O aplicativo percebe isso pela última atividade: quando uma sessão conectada fica sem atividade por mais tempo que o definido em Configurações, o status dela passa a Possivelmente desconectado. Para isso é preciso o banco de dados de atividade; quando ele não pode ser lido, uma faixa amarela avisa, e essas sessões não podem ser detectadas.</translation>
    </message>
    <message>
        <source>Reconnecting a phone</source>
        <translation>Reconectar um celular</translation>
    </message>
    <message>
        <source>Select the session and press Enter (or Sessions › Reconnect).</source>
        <translation>Selecione a sessão e pressione Enter (ou Sessões › Reconectar).</translation>
    </message>
    <message>
        <source>On the phone, open WhatsApp › Linked devices › Link a device.</source>
        <translation>No celular, abra o WhatsApp › Aparelhos conectados › Conectar um aparelho.</translation>
    </message>
    <message>
        <source>Scan the QR code shown in the app. The code changes every few seconds; the app keeps it fresh.</source>
        <translation>Escaneie o QR code mostrado no aplicativo. O código muda a cada poucos segundos; o aplicativo o mantém atualizado.</translation>
    </message>
    <message>
        <source>The dialog closes by itself when the phone is linked, and the list shows Connected.</source>
        <translation>A janela se fecha sozinha quando o celular é conectado, e a lista mostra Conectado.</translation>
    </message>
    <message>
        <source>Several sessions at once: select them and use Sessions › Reconnect selected sessions, or Sessions › Fix unhealthy sessions to go through every session that needs attention. Their QR codes come one at a time.</source>
        <translation>Várias sessões de uma vez: selecione-as e use Sessões › Reconectar as sessões selecionadas, ou Sessões › Corrigir sessões com problema para passar por todas as que precisam de atenção. Os QR codes vêm um de cada vez.</translation>
    </message>
    <message>
        <source>When something goes wrong</source>
        <translation>Quando algo dá errado</translation>
    </message>
    <message>
        <source>A yellow banner above the table says what failed and what to do. If it continues, use Help › Save diagnostics and send the file to whoever runs the gateway: it holds no password or access key.</source>
        <translation>Uma faixa amarela acima da tabela diz o que falhou e o que fazer. Se continuar, use Ajuda › Salvar diagnóstico e envie o arquivo para quem administra o gateway: ele não contém nenhuma senha nem chave de acesso.</translation>
    </message>
    <message>
        <source>The gateway used a status this app does not know; its own word is in the badge&apos;s tooltip. Tell whoever runs the gateway if it stays.</source>
        <translation>O gateway usou um status que o aplicativo não conhece; a palavra do próprio gateway aparece na dica do status. Se continuar, avise quem administra o gateway.</translation>
    </message>
    <message>
        <source>Sessions › Restart selected sessions and Log out selected sessions go the same way, one session at a time, on the sessions whose gateway can do it; Log out asks first.</source>
        <translation>Sessões › Reiniciar as sessões selecionadas e Desconectar os celulares das sessões selecionadas funcionam do mesmo jeito, uma sessão de cada vez, nas sessões cujo gateway permite; Desconectar pergunta antes.</translation>
    </message>
</context>
<context>
    <name>ui::HistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Histórico de “%1”</translation>
    </message>
    <message>
        <source>Session “%1” on the gateway “%2”</source>
        <translation>Sessão “%1” no gateway “%2”</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Período:</translation>
    </message>
    <message>
        <source>Last 24 h</source>
        <translation>Últimas 24 h</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Red tick: a drop (the session stopped being connected)</source>
        <translation>Traço vermelho: uma queda (a sessão deixou de estar conectada)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lendo o histórico…</translation>
    </message>
    <message>
        <source>Connected %1 of the time the history knows of in this period.</source>
        <translation>Conectada %1 do tempo que o histórico conhece neste período.</translation>
    </message>
    <message>
        <source>The history has no record of this session in this period.</source>
        <translation>O histórico não tem registro desta sessão neste período.</translation>
    </message>
    <message>
        <source>Gateway status: %1</source>
        <translation>Status no gateway: %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Exportar histórico</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The history could not be saved to %1: %2</source>
        <translation>Não foi possível salvar o histórico em %1: %2</translation>
    </message>
</context>
<context>
    <name>ui::HistoryHooks</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Histórico…</translation>
    </message>
    <message>
        <source>Status changes and actions of the selected session (Ctrl+double-click)</source>
        <translation>Mudanças de status e ações da sessão selecionada (Ctrl+duplo clique)</translation>
    </message>
</context>
<context>
    <name>ui::HistoryProbe</name>
    <message>
        <source>The team database answers, but its history tables could not be read: %1</source>
        <translation>O banco de dados da equipe responde, mas não foi possível ler as tabelas de histórico: %1</translation>
    </message>
    <message>
        <source>The team database answers. It has no history tables yet: they are created when you save and the app starts using it.</source>
        <translation>O banco de dados da equipe responde. Ele ainda não tem as tabelas de histórico: elas são criadas quando você salvar e o aplicativo começar a usá-lo.</translation>
    </message>
    <message>
        <source>The team database answers, but its history tables are from a newer version of Pixel Hub Sessions (version %1). Update this app before using it.</source>
        <translation>O banco de dados da equipe responde, mas as tabelas de histórico são de uma versão mais nova do Pixel Hub Sessions (versão %1). Atualize este aplicativo antes de usá-lo.</translation>
    </message>
    <message>
        <source>The team database answers, and its history tables are there (version %1).</source>
        <translation>O banco de dados da equipe responde, e as tabelas de histórico estão lá (versão %1).</translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Refreshing</source>
        <translation>Atualizando</translation>
    </message>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation>Pixel Hub Sessions</translation>
    </message>
    <message>
        <source>All gateways</source>
        <translation>Todos os gateways</translation>
    </message>
    <message>
        <source>Gateway %1: %2</source>
        <translation>Gateway %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sessão</numerusform>
            <numerusform>%n sessões</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session shown</source>
        <translation>
            <numerusform>%1 de %n sessão exibida</numerusform>
            <numerusform>%1 de %n sessões exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n sessions shown</source>
        <translation>
            <numerusform>%1 de %n sessão exibida</numerusform>
            <numerusform>%1 de %n sessões exibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo (%n simulated gateway)</source>
        <translation>
            <numerusform>Demonstração (%n gateway simulado)</numerusform>
            <numerusform>Demonstração (%n gateways simulados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo (%n simulated gateways)</source>
        <translation>
            <numerusform>Demonstração (%n gateway simulado)</numerusform>
            <numerusform>Demonstração (%n gateways simulados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated gateway</source>
        <translation>
            <numerusform>Demonstração: %n gateway simulado</numerusform>
            <numerusform>Demonstração: %n gateways simulados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Demo: %n simulated gateways</source>
        <translation>
            <numerusform>Demonstração: %n gateway simulado</numerusform>
            <numerusform>Demonstração: %n gateways simulados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::NewSessionDialog</name>
    <message>
        <source>a space</source>
        <translation>um espaço</translation>
    </message>
    <message>
        <source>a blank</source>
        <translation>um caractere em branco</translation>
    </message>
    <message>
        <source>The id names the session on the gateway and cannot be changed later. After creating it, scan the QR code shown next with the phone that will use it.</source>
        <translation>O ID identifica a sessão no gateway e não pode ser alterado depois. Após criá-la, escaneie o QR code exibido em seguida com o celular que vai usá-la.</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>ID da sessão</translation>
    </message>
    <message>
        <source>&amp;Create and show QR</source>
        <translation>&amp;Criar e mostrar QR</translation>
    </message>
    <message>
        <source>Letters, digits, _ and - only; up to %1 characters.</source>
        <translation>Somente letras, dígitos, _ e -; até %1 caracteres.</translation>
    </message>
    <message>
        <source>Not allowed: %1. Use only letters without accents, digits, _ and -.</source>
        <translation>Não permitido: %1. Use apenas letras sem acento, dígitos, _ e -.</translation>
    </message>
    <message>
        <source>Too long: %1 characters, at most %2.</source>
        <translation>Longo demais: %1 caracteres, no máximo %2.</translation>
    </message>
    <message>
        <source>The gateway already has a session %1. Choose another id, or use Reconnect on that session.</source>
        <translation>O gateway já tem uma sessão %1. Escolha outro ID ou use Reconectar nessa sessão.</translation>
    </message>
    <message>
        <source>%1 is free.</source>
        <translation>%1 está disponível.</translation>
    </message>
    <message>
        <source>Differs from the existing session %1 only in upper and lower case or spacing: allowed, but easy to confuse.</source>
        <translation>Difere da sessão existente %1 apenas em maiúsculas e minúsculas ou espaços: permitido, mas fácil de confundir.</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>&amp;Gateway:</translation>
    </message>
</context>
<context>
    <name>ui::NoMatchOverlay</name>
    <message>
        <source>No session matches the filter.</source>
        <translation>Nenhuma sessão corresponde ao filtro.</translation>
    </message>
    <message>
        <source>Show &amp;all sessions</source>
        <translation>Mostrar &amp;todas as sessões</translation>
    </message>
</context>
<context>
    <name>ui::PairingCodePanel</name>
    <message>
        <source>This code has expired. Get a new one and have it typed right away.</source>
        <translation>Este código expirou. Gere outro e peça para digitá-lo em seguida.</translation>
    </message>
    <message>
        <source>The code expires in %1.</source>
        <translation>O código expira em %1.</translation>
    </message>
    <message>
        <source>Waiting for the code to be typed: %1 left.</source>
        <translation>Aguardando a digitação do código: faltam %1.</translation>
    </message>
    <message>
        <source>&amp;Phone number of the WhatsApp account to link, with the country code and the area code:</source>
        <translation>&amp;Número de telefone da conta do WhatsApp a conectar, com o código do país e o DDD:</translation>
    </message>
    <message>
        <source>That is not a phone number. Type it with the country code and the area code, for example +55 47 99999-9999.</source>
        <translation>Isso não é um número de telefone. Digite-o com o código do país e o DDD, por exemplo +55 47 99999-9999.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>&amp;Get code</source>
        <translation>&amp;Gerar código</translation>
    </message>
    <message>
        <source>On the phone: WhatsApp › Linked devices › Link a device › Link with phone number instead, then type this code:</source>
        <translation>No celular: WhatsApp › Aparelhos conectados › Conectar um aparelho › Conectar com número de telefone; depois, digite este código:</translation>
    </message>
    <message>
        <source>Pairing code</source>
        <translation>Código de conexão</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>&amp;Copiar código</translation>
    </message>
    <message>
        <source>Get a &amp;new code</source>
        <translation>Gerar &amp;outro código</translation>
    </message>
    <message>
        <source>&amp;Back to the QR code</source>
        <translation>&amp;Voltar ao QR code</translation>
    </message>
</context>
<context>
    <name>ui::QrDialog</name>
    <message>
        <source>Link a new session</source>
        <translation>Conectar nova sessão</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>Reconectar %1</translation>
    </message>
    <message>
        <source>New session &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Nova sessão &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Session &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sessão &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On your phone: open WhatsApp &gt; Linked devices &gt; Link a device, then scan this code.</source>
        <translation>No celular: abra o WhatsApp &gt; Aparelhos conectados &gt; Conectar um aparelho e escaneie este código.</translation>
    </message>
    <message>
        <source>QR code to scan with WhatsApp</source>
        <translation>QR code para escanear com o WhatsApp</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <source>New code in %n s</source>
        <translation>
            <numerusform>Novo código em %n s</numerusform>
            <numerusform>Novo código em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Getting a new code…</source>
        <translation>Obtendo um novo código…</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translation>Antes de continuar</translation>
    </message>
    <message>
        <source>Recreate the session?</source>
        <translation>Recriar a sessão?</translation>
    </message>
    <message>
        <source>If you go on, the session is deleted and created again on the gateway, then a new QR code is shown here for the phone to scan.</source>
        <translation>Se você continuar, a sessão será excluída e criada de novo no gateway e, em seguida, um novo QR code será exibido aqui para o celular escanear.</translation>
    </message>
    <message>
        <source>&amp;Recreate session</source>
        <translation>&amp;Recriar sessão</translation>
    </message>
    <message>
        <source>&amp;Keep it as it is</source>
        <translation>&amp;Manter como está</translation>
    </message>
    <message>
        <source>The QR code could not be shown</source>
        <translation>Não foi possível exibir o QR code</translation>
    </message>
    <message>
        <source>Scan the QR code</source>
        <translation>Escaneie o QR code</translation>
    </message>
    <message>
        <source>Recreating the session</source>
        <translation>Recriando a sessão</translation>
    </message>
    <message>
        <source>Getting a QR code</source>
        <translation>Obtendo um QR code</translation>
    </message>
    <message>
        <source>&amp;Simulate scan (demo)</source>
        <translation>&amp;Simular leitura (demonstração)</translation>
    </message>
    <message>
        <source>Demo only: act as if a phone scanned this QR code</source>
        <translation>Só na demonstração: age como se um celular tivesse escaneado este QR code</translation>
    </message>
    <message>
        <source>Remove the new session?</source>
        <translation>Excluir a nova sessão?</translation>
    </message>
    <message>
        <source>The session “%1” was created on the gateway a moment ago, and no phone has scanned its QR code yet. Remove it, or keep it and link a phone later with Reconnect.</source>
        <translation>A sessão “%1” foi criada no gateway há pouco, e nenhum celular escaneou o QR code dela ainda. Exclua-a, ou mantenha-a e conecte um celular depois com Reconectar.</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Excluir sessão</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Manter</translation>
    </message>
    <message>
        <source>Removing the new session</source>
        <translation>Excluindo a nova sessão</translation>
    </message>
    <message>
        <source>Removing the session “%1”…</source>
        <translation>Excluindo a sessão “%1”…</translation>
    </message>
    <message>
        <source>Link with phone number &amp;instead</source>
        <translation>Conectar com número de te&amp;lefone</translation>
    </message>
    <message>
        <source>For a phone that cannot scan: the gateway gives a code to type on it instead</source>
        <translation>Para um celular que não consegue escanear: o gateway dá um código para digitar nele</translation>
    </message>
    <message>
        <source>Link with a phone number</source>
        <translation>Conectar com número de telefone</translation>
    </message>
    <message>
        <source>The pairing code could not be shown</source>
        <translation>Não foi possível exibir o código de conexão</translation>
    </message>
    <message>
        <source>Type the code on the phone</source>
        <translation>Digite o código no celular</translation>
    </message>
    <message>
        <source>Getting a pairing code</source>
        <translation>Obtendo um código de conexão</translation>
    </message>
    <message>
        <source>Change the &amp;number</source>
        <translation>Trocar o &amp;número</translation>
    </message>
</context>
<context>
    <name>ui::RefreshController</name>
    <message>
        <source>Loading sessions from the gateway…</source>
        <translation>Carregando sessões do gateway…</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Ainda não atualizado</translation>
    </message>
    <message>
        <source>%1 — refreshing…</source>
        <translation>%1 — atualizando…</translation>
    </message>
    <message>
        <source>Last successful refresh at %1 (%2); the latest one failed</source>
        <translation>Última atualização bem-sucedida às %1 (%2); a mais recente falhou</translation>
    </message>
    <message>
        <source>Not updated yet; the latest refresh failed</source>
        <translation>Ainda não atualizado; a atualização mais recente falhou</translation>
    </message>
</context>
<context>
    <name>ui::SessionActions</name>
    <message>
        <source>&amp;Reconnect…</source>
        <translation>&amp;Reconectar…</translation>
    </message>
    <message>
        <source>Show a QR code to link the phone to the selected session again (Enter)</source>
        <translation>Mostrar um QR code para conectar o celular novamente à sessão selecionada (Enter)</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nova sessão…</translation>
    </message>
    <message>
        <source>Create a session on the gateway and link a phone to it (Ctrl+N)</source>
        <translation>Criar uma sessão no gateway e conectar um celular a ela (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Excluir…</translation>
    </message>
    <message>
        <source>Delete the selected session from the gateway, for good (Del)</source>
        <translation>Excluir definitivamente a sessão selecionada do gateway (Del)</translation>
    </message>
    <message>
        <source>%1 is connected and working</source>
        <translation>%1 está conectada e funcionando</translation>
    </message>
    <message>
        <source>The gateway reports it connected. Reconnecting asks the gateway for a new QR code; if the gateway has to recreate the session for that, the phone linked now is disconnected and must scan again.</source>
        <translation>O gateway informa que ela está conectada. Reconectar solicita ao gateway um novo QR code; se para isso o gateway precisar recriar a sessão, o celular conectado agora será desconectado e terá que escanear de novo.</translation>
    </message>
    <message>
        <source>&amp;Reconnect anyway</source>
        <translation>&amp;Reconectar mesmo assim</translation>
    </message>
    <message>
        <source>%1 is connected.</source>
        <translation>%1 está conectada.</translation>
    </message>
    <message>
        <source>The session %1 was deleted from the gateway.</source>
        <translation>A sessão %1 foi excluída do gateway.</translation>
    </message>
    <message>
        <source>The new session %1 was removed.</source>
        <translation>A nova sessão %1 foi excluída.</translation>
    </message>
    <message>
        <source>Re&amp;start</source>
        <translation>R&amp;einiciar</translation>
    </message>
    <message>
        <source>Stop and start the selected session on the gateway; the phone stays linked</source>
        <translation>Para e inicia de novo a sessão selecionada no gateway; o celular continua conectado</translation>
    </message>
    <message>
        <source>&amp;Log out phone…</source>
        <translation>&amp;Desconectar celular…</translation>
    </message>
    <message>
        <source>Drop the phone&apos;s link to the selected session; the session stays on the gateway</source>
        <translation>Desfaz a conexão do celular com a sessão selecionada; a sessão continua no gateway</translation>
    </message>
    <message>
        <source>Log out %1</source>
        <translation>Desconectar celular de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Log out the phone linked to “%1”?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Desconectar o celular conectado a “%1”?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The phone&apos;s link is dropped: WhatsApp on the phone lists this computer no longer, and no messages go through the session until a phone links again by QR code or phone number. The session itself stays on the gateway.</source>
        <translation>A conexão do celular é desfeita: o WhatsApp do celular deixa de listar este computador, e nenhuma mensagem passa pela sessão até que um celular se conecte de novo por QR code ou por número de telefone. A sessão continua no gateway.</translation>
    </message>
    <message>
        <source>&amp;Log out phone</source>
        <translation>&amp;Desconectar celular</translation>
    </message>
    <message>
        <source>The session %1 was restarted.</source>
        <translation>A sessão %1 foi reiniciada.</translation>
    </message>
    <message>
        <source>The phone was logged out of %1.</source>
        <translation>O celular foi desconectado de %1.</translation>
    </message>
    <message>
        <source>The session %1 was not restarted. %2</source>
        <translation>A sessão %1 não foi reiniciada. %2</translation>
    </message>
    <message>
        <source>The phone was not logged out of %1. %2</source>
        <translation>O celular não foi desconectado de %1. %2</translation>
    </message>
    <message>
        <source>&amp;Copy phone number</source>
        <translation>&amp;Copiar número de telefone</translation>
    </message>
    <message>
        <source>Copy the phone number linked to the selected session</source>
        <translation>Copia o número de telefone do celular conectado à sessão selecionada</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>Copiado: %1.</translation>
    </message>
    <message>
        <source>Cancelled: closed before a phone was linked, and the new session was removed.</source>
        <translation>Cancelado: fechado antes de um celular ser conectado, e a nova sessão foi excluída.</translation>
    </message>
    <message>
        <source>Cancelled: closed before anything was asked of the gateway.</source>
        <translation>Cancelado: fechado antes de qualquer pedido ao gateway.</translation>
    </message>
    <message>
        <source>Cancelled: closed before a phone was linked.</source>
        <translation>Cancelado: fechado antes de um celular ser conectado.</translation>
    </message>
    <message>
        <source>Its gateway is no longer set up.</source>
        <translation>O gateway dela não está mais configurado.</translation>
    </message>
    <message>
        <source>%1 gateways cannot restart a session.</source>
        <translation>Este tipo de gateway (%1) não permite reiniciar uma sessão.</translation>
    </message>
    <message>
        <source>%1 gateways cannot log a phone out.</source>
        <translation>Este tipo de gateway (%1) não permite desconectar o celular.</translation>
    </message>
    <message>
        <source>%1 gateways cannot do this.</source>
        <translation>Este tipo de gateway (%1) não permite fazer isso.</translation>
    </message>
</context>
<context>
    <name>ui::SessionLabel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a session id and its gateway</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ui::SessionQueueDialog</name>
    <message>
        <source>Start works through the list one session at a time. When a session needs its phone to scan a QR code, the code opens in its turn; close it to go on to the next session.</source>
        <translation>Iniciar percorre a lista, uma sessão de cada vez. Quando uma sessão precisa que o celular escaneie um QR code, o código abre na vez dela; feche-o para seguir para a próxima sessão.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>What it needs</source>
        <translation>O que precisa</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Waiting its turn</source>
        <translation>Aguardando a vez</translation>
    </message>
    <message>
        <source>In progress…</source>
        <translation>Em andamento…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Não conectado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message numerus="yes">
        <source>%n connected</source>
        <translation>
            <numerusform>%n conectada</numerusform>
            <numerusform>%n conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not connected</source>
        <translation>
            <numerusform>%n não conectada</numerusform>
            <numerusform>%n não conectadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n não iniciada</numerusform>
            <numerusform>%n não iniciadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Concluído: %1.</translation>
    </message>
    <message>
        <source>Start restarts the sessions one at a time; their phones stay linked. A session whose gateway cannot restart is skipped.</source>
        <translation>Iniciar reinicia as sessões uma de cada vez; os celulares continuam conectados. Uma sessão cujo gateway não permite reiniciar é ignorada.</translation>
    </message>
    <message>
        <source>The phones are logged out one session at a time. The sessions stay on their gateways; a phone links again by QR code or phone number.</source>
        <translation>Os celulares são desconectados uma sessão de cada vez. As sessões continuam nos gateways; um celular se conecta de novo por QR code ou por número de telefone.</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Nothing was sent: its gateway is not set up, or its QR code is open.</source>
        <translation>Nada foi enviado: o gateway dela não está configurado, ou o QR code dela está aberto.</translation>
    </message>
    <message>
        <source>Stopped before the gateway answered.</source>
        <translation>Parada antes de o gateway responder.</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Celular desconectado</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Reiniciado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorado</translation>
    </message>
    <message numerus="yes">
        <source>%n restarted</source>
        <translation>
            <numerusform>%n reiniciada</numerusform>
            <numerusform>%n reiniciadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n logged out</source>
        <translation>
            <numerusform>%n celular desconectado</numerusform>
            <numerusform>%n celulares desconectados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n com falha</numerusform>
            <numerusform>%n com falha</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n ignorada</numerusform>
            <numerusform>%n ignoradas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falhou: %2</translation>
    </message>
    <message>
        <source>%1 skipped: %2</source>
        <translation>%1 ignorada: %2</translation>
    </message>
</context>
<context>
    <name>ui::SessionTableModel</name>
    <message>
        <source>Session ID: %1</source>
        <translation>ID da sessão: %1</translation>
    </message>
    <message>
        <source>Gateway status: %1</source>
        <translation>Status no gateway: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhum)</translation>
    </message>
    <message>
        <source>No activity recorded</source>
        <translation>Nenhuma atividade registrada</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>The activity database has no message recorded for this session.</source>
        <translation>O banco de dados de atividade não tem nenhuma mensagem registrada para esta sessão.</translation>
    </message>
    <message>
        <source>No activity database is configured. Set one up in Settings to see the last activity of each session.</source>
        <translation>Nenhum banco de dados de atividade configurado. Configure um em Configurações para ver a última atividade de cada sessão.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última atividade</translation>
    </message>
    <message>
        <source>Silent for at least %1: the activity read so far, newest first, has no message of this session. Older history is still being read.</source>
        <translation>Sem atividade há pelo menos %1: a atividade lida até agora, da mais recente para a mais antiga, não tem nenhuma mensagem desta sessão. O histórico mais antigo ainda está sendo lido.</translation>
    </message>
    <message>
        <source>Not updated: the last refresh of this gateway failed. %1</source>
        <translation>Não atualizada: a última atualização deste gateway falhou. %1</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Status since</source>
        <translation>Status desde</translation>
    </message>
    <message>
        <source>Uptime (24 h)</source>
        <translation>Tempo conectada</translation>
    </message>
    <message>
        <source>Not known: the gateway does not say which phone is linked.</source>
        <translation>Não informado: o gateway não diz qual celular está conectado.</translation>
    </message>
    <message>
        <source>WhatsApp name: not known</source>
        <translation>Nome no WhatsApp: não informado</translation>
    </message>
    <message>
        <source>WhatsApp name: %1</source>
        <translation>Nome no WhatsApp: %1</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>The gateway reported a status this app does not know. Refresh; if it stays, reconnect the session.</source>
        <translation>O gateway informou um status que o aplicativo não conhece. Atualize; se continuar, reconecte a sessão.</translation>
    </message>
    <message>
        <source>from the gateway</source>
        <translation>informada pelo gateway</translation>
    </message>
    <message>
        <source>from the activity database</source>
        <translation>informada pelo banco de dados de atividade</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The gateway has no inbound message among this session&apos;s newest chats.</source>
        <translation>O gateway não tem nenhuma mensagem recebida nas conversas mais recentes desta sessão.</translation>
    </message>
    <message>
        <source>The share of the last 24 h the session was connected (and not possibly disconnected), over the time the history knows of.</source>
        <translation>Parte das últimas 24 h em que a sessão esteve conectada (e não possivelmente desconectada), contando o tempo que o histórico conhece.</translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Optional. The last activity of each session is read from the webhook_raw_logs table; without it sessions still list, but possibly disconnected ones cannot be spotted.</source>
        <translation>Opcional. A última atividade de cada sessão é lida da tabela webhook_raw_logs; sem ele as sessões continuam sendo listadas, mas não é possível identificar as possivelmente desconectadas.</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/db, postgresql://user@host:5432/db or sqlite:///absolute/path.db. The password has its own field.</source>
        <translation>mysql://user@host:3306/db, postgresql://user@host:5432/db ou sqlite:///absolute/path.db. A senha tem campo próprio.</translation>
    </message>
    <message>
        <source>Kept in the keychain — type to replace it</source>
        <translation>Guardado no chaveiro — digite para substituir</translation>
    </message>
    <message>
        <source>This run uses the gateway given on the command line (%1). What you save here applies to later runs without --gateway.</source>
        <translation>Esta execução usa o gateway informado na linha de comando (%1). O que você salvar aqui vale para as próximas execuções sem --gateway.</translation>
    </message>
    <message>
        <source>This run uses PIXELHUB_GATEWAY_URL (%1). What you save here applies when it is not set.</source>
        <translation>Esta execução usa PIXELHUB_GATEWAY_URL (%1). O que você salvar aqui vale quando ela não estiver definida.</translation>
    </message>
    <message>
        <source>Extra CA certificates</source>
        <translation>Certificados de CA extras</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt *.cer);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>This installation can read only SQLite activity databases: it has no MySQL/MariaDB or PostgreSQL driver (the case on Windows).</source>
        <translation>Esta instalação só lê bancos de dados de atividade SQLite: ela não tem driver de MySQL/MariaDB nem de PostgreSQL (é o caso no Windows).</translation>
    </message>
    <message>
        <source>The gateway %1 needs attention before saving: %2</source>
        <translation>O gateway %1 precisa de ajuste antes de salvar: %2</translation>
    </message>
    <message>
        <source>The credential the gateway expects</source>
        <translation>A chave de acesso que o gateway exige</translation>
    </message>
    <message>
        <source>Give the gateway a short name: lower-case letters, digits, &quot;-&quot; and &quot;_&quot;, up to 32.</source>
        <translation>Dê ao gateway um nome curto: letras minúsculas, dígitos, &quot;-&quot; e &quot;_&quot;, até 32.</translation>
    </message>
    <message>
        <source>Two gateways are named %1: give each its own name.</source>
        <translation>Dois gateways se chamam %1: dê a cada um o seu nome.</translation>
    </message>
    <message>
        <source>mysql://user@host:3306/db or postgresql://user@host:5432/db, the same for every desk. The password has its own field; leave the address empty to keep the history on this computer only.</source>
        <translation>mysql://user@host:3306/db ou postgresql://user@host:5432/db, o mesmo em todos os computadores. A senha tem campo próprio; deixe o endereço vazio para manter o histórico só neste computador.</translation>
    </message>
    <message>
        <source> day</source>
        <translation> dia</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>None stored — type it if the database needs one</source>
        <translation>Nenhuma guardada — digite se o banco de dados exigir</translation>
    </message>
    <message>
        <source>This is the demo: its gateways are simulated (%1). What you change here lasts until the demo closes; your own settings are not touched.</source>
        <translation>Esta é a demonstração: os gateways dela são simulados (%1). O que você mudar aqui vale até a demonstração ser fechada; as suas próprias configurações não são alteradas.</translation>
    </message>
    <message>
        <source>Kept for this run only — type to replace it</source>
        <translation>Guardada só nesta execução — digite para substituir</translation>
    </message>
    <message>
        <source>Set by an environment variable for this run</source>
        <translation>Definida por uma variável de ambiente nesta execução</translation>
    </message>
    <message>
        <source>PIXELHUB_HISTORY_DSN is set for this run, so it is used instead of the address saved here.</source>
        <translation>PIXELHUB_HISTORY_DSN está definida nesta execução, então ela é usada no lugar do endereço salvo aqui.</translation>
    </message>
</context>
<context>
    <name>ui::SilenceThresholdAction</name>
    <message>
        <source>Silence &amp;threshold…</source>
        <translation>&amp;Tempo máximo sem atividade…</translation>
    </message>
    <message>
        <source>How long this session may stay silent before it counts as possibly disconnected</source>
        <translation>Por quanto tempo esta sessão pode ficar sem atividade antes de ser considerada possivelmente desconectada</translation>
    </message>
    <message>
        <source>Silence threshold for %1</source>
        <translation>Tempo máximo sem atividade para %1</translation>
    </message>
    <message>
        <source>Count %1 as possibly disconnected after this many hours without messages.
0 uses the global threshold (%2 h).</source>
        <translation>Considerar %1 possivelmente desconectada após este número de horas sem mensagens.
0 usa o limite global (%2 h).</translation>
    </message>
</context>
<context>
    <name>ui::TableExport</name>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exportar para CSV…</translation>
    </message>
    <message>
        <source>Save the sessions the table shows (after the filter) to a CSV file</source>
        <translation>Salvar em um arquivo CSV as sessões que a tabela mostra (depois do filtro)</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>Co&amp;piar como texto</translation>
    </message>
    <message>
        <source>Copy the selected sessions as text, for a ticket (Ctrl+C)</source>
        <translation>Copiar as sessões selecionadas como texto, para um chamado (Ctrl+C)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Não foi possível gravar %1: %2</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Exportar para CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session to %1.</source>
        <translation>
            <numerusform>%n sessão exportada para %1.</numerusform>
            <numerusform>%n sessões exportadas para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n sessions to %1.</source>
        <translation>
            <numerusform>%n sessão exportada para %1.</numerusform>
            <numerusform>%n sessões exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado para a área de transferência.</translation>
    </message>
</context>
<context>
    <name>ui::TimelineBand</name>
    <message>
        <source>%1
%2 – %3</source>
        <translation>%1
%2 – %3</translation>
    </message>
    <message>
        <source>Not known: the history has no record of this time.</source>
        <translation>Não se sabe: o histórico não tem registro deste período.</translation>
    </message>
</context>
<context>
    <name>ui::TrayNotifier</name>
    <message>
        <source>Pixel Hub Sessions keeps running</source>
        <translation>O Pixel Hub Sessions continua em execução</translation>
    </message>
    <message>
        <source>It keeps watching the sessions from the system tray. Use Quit in the tray menu to stop it.</source>
        <translation>Ele continua monitorando as sessões pela bandeja do sistema. Use Sair no menu da bandeja para encerrá-lo.</translation>
    </message>
    <message>
        <source>%1 is not connected</source>
        <translation>%1 não está conectada</translation>
    </message>
    <message>
        <source>The gateway reports it as “%1”. Open Pixel Hub Sessions and reconnect it.</source>
        <translation>O gateway informa o status “%1”. Abra o Pixel Hub Sessions e reconecte-a.</translation>
    </message>
    <message>
        <source>%1 is possibly disconnected</source>
        <translation>%1 está possivelmente desconectada</translation>
    </message>
    <message>
        <source>It says connected, but %1. Check the phone, or reconnect it.</source>
        <translation>Aparece como conectada, mas %1. Verifique o celular ou reconecte-a.</translation>
    </message>
    <message>
        <source>It says connected, but has gone silent. Check the phone, or reconnect it.</source>
        <translation>Aparece como conectada, mas ficou sem atividade. Verifique o celular ou reconecte-a.</translation>
    </message>
    <message>
        <source>%1 is connected again</source>
        <translation>%1 está conectada novamente</translation>
    </message>
    <message>
        <source>The session is back online.</source>
        <translation>A sessão está conectada de novo.</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Não conectadas: %1</translation>
    </message>
    <message>
        <source>Possibly disconnected: %1</source>
        <translation>Possivelmente desconectadas: %1</translation>
    </message>
    <message>
        <source>Connected again: %1</source>
        <translation>Conectadas novamente: %1</translation>
    </message>
    <message>
        <source>Pixel Hub Sessions</source>
        <translation>Pixel Hub Sessions</translation>
    </message>
    <message>
        <source>Sessions not listed yet</source>
        <translation>Sessões ainda não listadas</translation>
    </message>
    <message>
        <source>No session needs attention</source>
        <translation>Nenhuma sessão precisa de atenção</translation>
    </message>
    <message>
        <source>Reconnect:</source>
        <translation>Reconectar:</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more in the window</source>
        <translation>
            <numerusform>…e mais %n na janela</numerusform>
            <numerusform>…e mais %n na janela</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Atualizar agora</translation>
    </message>
    <message>
        <source>&amp;Show window</source>
        <translation>&amp;Mostrar janela</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message numerus="yes">
        <source>%n sessions changed status</source>
        <translation>
            <numerusform>%n sessão mudou de status</numerusform>
            <numerusform>%n sessões mudaram de status</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2…</source>
        <translation>%1 — %2…</translation>
    </message>
</context>
</TS>
