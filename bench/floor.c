/* The least program that does what openssl-probe's handshake does: one
 * TLS context for a server and a client over a BIO pair in memory, the
 * server's key and certificate read from files made beforehand, TLS 1.2.
 * The floor of bench/run's P3. */
#include <stdio.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

int main(int argc, char **argv)
{
  SSL_CTX *ctx;
  SSL *client, *server;
  BIO *client_io, *server_io;
  int done_client = 0, done_server = 0, i, rc;
  if (argc != 3)
    return 2;
  ctx = SSL_CTX_new(TLS_method());
  if (ctx == NULL || SSL_CTX_use_certificate_file(ctx, argv[1], SSL_FILETYPE_PEM) != 1 ||
      SSL_CTX_use_PrivateKey_file(ctx, argv[2], SSL_FILETYPE_PEM) != 1)
    return 1;
  SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION);
  SSL_CTX_set_max_proto_version(ctx, TLS1_2_VERSION);
  client = SSL_new(ctx);
  server = SSL_new(ctx);
  BIO_new_bio_pair(&client_io, 0, &server_io, 0);
  SSL_set_bio(client, client_io, client_io);
  SSL_set_bio(server, server_io, server_io);
  SSL_set_connect_state(client);
  SSL_set_accept_state(server);
  for (i = 0; i < 100 && !(done_client && done_server); ++i) {
    if (!done_client) {
      rc = SSL_do_handshake(client);
      done_client = rc == 1;
    }
    if (!done_server) {
      rc = SSL_do_handshake(server);
      done_server = rc == 1;
    }
  }
  printf("%s\n", done_client && done_server ? SSL_get_version(client) : "failed");
  SSL_free(client);
  SSL_free(server);
  SSL_CTX_free(ctx);
  return done_client && done_server ? 0 : 1;
}
