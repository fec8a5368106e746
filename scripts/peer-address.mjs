// Preloaded into the web server (`node --import`, see scripts/start.ts). Next.js gives
// route handlers and server actions no access to the socket, and `next start` only sets
// X-Forwarded-For from the socket when the client sent none (`??=` in base-server.js),
// so a client could choose its own address. Before Next sees a request, this stamps the
// TCP peer's address into `x-peer-address`, replacing any value the client sent; the app
// reads it in lib/auth/client-address.ts.
import http from 'node:http';
import https from 'node:https';

const HEADER = 'x-peer-address';

for (const Server of [http.Server, https.Server]) {
  const emit = Server.prototype.emit;
  Server.prototype.emit = function emitWithPeerAddress(event, request, ...rest) {
    if ((event === 'request' || event === 'checkContinue' || event === 'upgrade') && request && request.headers) {
      request.headers[HEADER] = (request.socket && request.socket.remoteAddress) || '';
    }
    return emit.call(this, event, request, ...rest);
  };
}
