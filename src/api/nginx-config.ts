import { EXPOSED_HEADERS } from './cors.js';
import { IMMUTABLE } from './serve-audio.js';
import { securityHeaderLists } from './security-headers.js';

export interface NginxConfigOptions {
  /** nginx's `listen` argument: "80", "127.0.0.1:8081". */
  listen: string;
  /** The API processes, "host:port" each. */
  apiServers: readonly string[];
  /** VERIFIED_AUDIO_DIR: the links the API keeps to the MP3s it verified. */
  verifiedAudioDir: string;
  /** PLAYER_ORIGINS, as the API reads it. */
  playerOrigins: readonly string[] | '*';
}

/** A value in double quotes for nginx (`$` left alone on purpose: only our own variables are used). */
const quoted = (value: string): string => `"${value.replace(/["\\]/g, '\\$&')}"`;

/**
 * The `map`, `upstream` and `server` blocks (for nginx's `http` context) of a deployment
 * where nginx sends verified MP3s itself: `/v1/audio/<key>.mp3` is answered from the folder
 * of links the API keeps (VERIFIED_AUDIO_DIR) when the link is there, with the headers the
 * API would send (the same CORS, ETag, caching and security headers, computed here from the
 * API's own lists), and by the API otherwise; everything else goes to the API.
 */
export function renderNginxConfig(options: NginxConfigOptions): string {
  const { plain, tls } = securityHeaderLists();
  const hsts = headerValue(tls, 'Strict-Transport-Security');
  const security = pairs(plain).map(([name, value]) => `    add_header ${name} ${quoted(value)} always;`);
  const anyOrigin = options.playerOrigins === '*';
  const origins = anyOrigin ? [] : (options.playerOrigins as readonly string[]);
  return `# Written by \`tts-reader nginx-config\` from this deployment's settings; write it again when
# PLAYER_ORIGINS or the service's headers change. Start the API with
# VERIFIED_AUDIO_DIR=${options.verifiedAudioDir} (and TRUST_PROXY=loopback when nginx is on this host).
# sendfile on, but no tcp_nopush: with both, each range's last segment waited ~40 ms.

# nginx says Accept-Ranges on whole answers only, the API on every answer: added for the
# answers to one range (206, 416), which nginx sends without it.
map $http_range $tts_accept_ranges {
  "~^bytes=[0-9]*-[0-9]*$" bytes;
  default "";
}

map $scheme $tts_hsts {
  https ${quoted(hsts ?? '')};
  default "";
}
${anyOrigin ? '' : corsMaps(origins)}
upstream tts_api {
${options.apiServers.map((server) => `  server ${server};`).join('\n')}
  keepalive 64;
}

server {
  listen ${options.listen};
  sendfile on;
  tcp_nopush off;

  # A verified MP3: sent from its link when the API has made one, else asked of the API.
  location ~ "^/v1/audio/(?<tts_key>[0-9a-f]{64})\\.mp3$" {
    root ${options.verifiedAudioDir};
    try_files /$tts_key.mp3 @tts_api;
    default_type audio/mpeg;
    etag off;
    # One range per answer, as the API answers (several: the whole file).
    max_ranges 1;
    # Methods a file does not answer (the CORS preflight, OPTIONS) go to the API.
    error_page 405 = @tts_api;
    # The content-addressed ETag, as the API's (nginx's own would be mtime-size): a client
    # that has this key has these bytes.
    if ($http_if_none_match = "\\"$tts_key\\"") {
      return 304;
    }
    add_header ETag "\\"$tts_key\\"" always;
    add_header Accept-Ranges $tts_accept_ranges always;
    add_header Cache-Control ${quoted(IMMUTABLE)} always;
${anyOrigin ? `    add_header Access-Control-Allow-Origin "*" always;\n    add_header Access-Control-Expose-Headers ${quoted(EXPOSED_HEADERS.join(','))} always;` : `    add_header Vary Origin always;\n    add_header Access-Control-Allow-Origin $tts_cors_origin always;\n    add_header Access-Control-Expose-Headers $tts_cors_expose always;`}
    add_header Strict-Transport-Security $tts_hsts always;
${security.join('\n')}
  }

  location @tts_api {
${proxyLines('    ')}
  }

  location / {
${proxyLines('    ')}
    # Progressive playback and server-sent events stream: do not buffer them.
    proxy_buffering off;
    proxy_read_timeout 120s;
  }
}
`;
}

function corsMaps(origins: readonly string[]): string {
  const listed = (value: string) => origins.map((origin) => `  ${quoted(origin)} ${value};`).join('\n');
  return `
map $http_origin $tts_cors_origin {
  default "";
${listed('$http_origin')}
}

map $http_origin $tts_cors_expose {
  default "";
${listed(quoted(EXPOSED_HEADERS.join(',')))}
}
`;
}

function proxyLines(indent: string): string {
  return [
    'proxy_pass http://tts_api;',
    'proxy_http_version 1.1;',
    'proxy_set_header Connection "";',
    'proxy_set_header Host $host;',
    'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
    'proxy_set_header X-Forwarded-Proto $scheme;',
  ]
    .map((line) => indent + line)
    .join('\n');
}

const pairs = (list: readonly string[]): [string, string][] => Array.from({ length: list.length / 2 }, (_, i) => [list[2 * i], list[2 * i + 1]]);
const headerValue = (list: readonly string[], name: string) => pairs(list).find(([n]) => n.toLowerCase() === name.toLowerCase())?.[1];
