# Reports the OpenSSL a Ruby uses, as JSON on stdout: the version its
# openssl extension was built with and the one it runs with, the libssl
# file that loaded, whether TLS 1.2 and 1.3 exist, and whether a handshake
# at the requested version completes between two ends of a socket pair in
# this process (no network).
#
#   ruby ruby_openssl.rb [1.2|1.3]
require "json"

require "rbconfig"
report = { "ruby" => RUBY_DESCRIPTION, "ruby_path" => RbConfig.ruby }
begin
  require "openssl"
  require "socket"
rescue LoadError => e
  report["error"] = "this Ruby has no openssl extension: #{e.message}"
  puts JSON.generate(report)
  exit 0
end

tls = ARGV[0] == "1.3" ? "1.3" : "1.2"
report["openssl_version"] = OpenSSL::OPENSSL_VERSION
report["openssl_library_version"] = OpenSSL::OPENSSL_LIBRARY_VERSION
# OPENSSL_VERSION_NUMBER of the headers the extension was built with.
report["openssl_version_number"] = OpenSSL::OPENSSL_VERSION_NUMBER.to_s
report["openssl_gem_version"] = OpenSSL::VERSION
# How this Ruby was told where OpenSSL is, if it was.
dir = RbConfig::CONFIG["configure_args"].to_s[/--with-openssl-dir=(\S+)/, 1]
report["with_openssl_dir"] = dir.to_s.delete("'\"")
report["tls1_2_compiled"] = !!defined?(OpenSSL::SSL::TLS1_2_VERSION)
report["tls1_3_compiled"] = !!defined?(OpenSSL::SSL::TLS1_3_VERSION)
%w[1.2 1.3].each do |v|
  key = "tls#{v.tr(".", "_")}"
  report["#{key}_note"] = report["#{key}_compiled"] ? "" : "this Ruby's OpenSSL has no TLS #{v}"
end
# The libssl and libcrypto this process mapped (Linux).
report["library_path"] = report["crypto_library_path"] = ""
if File.readable?("/proc/self/maps")
  mapped = File.foreach("/proc/self/maps").map { |l| l.split[5] }.compact
  { "library_path" => "libssl.", "crypto_library_path" => "libcrypto." }.each do |key, name|
    lib = mapped.find { |p| File.basename(p).start_with?(name) }
    report[key] = File.realpath(lib) if lib
  end
end
# The trust store the library reads by default, after the environment.
file = ENV[OpenSSL::X509::DEFAULT_CERT_FILE_ENV].to_s
dir = ENV[OpenSSL::X509::DEFAULT_CERT_DIR_ENV].to_s
report["trust_file"] = file.empty? ? OpenSSL::X509::DEFAULT_CERT_FILE : file
report["trust_dir"] = dir.empty? ? OpenSSL::X509::DEFAULT_CERT_DIR : dir
report["trust_file_exists"] = File.file?(report["trust_file"])
report["trust_dir_exists"] = File.directory?(report["trust_dir"].split(":").first.to_s)

def handshake(version_const)
  key = OpenSSL::PKey::EC.generate("prime256v1")
  cert = OpenSSL::X509::Certificate.new
  cert.version = 2
  cert.serial = 1
  cert.subject = cert.issuer = OpenSSL::X509::Name.parse("/CN=openssl-probe.invalid")
  cert.public_key = key
  cert.not_before = Time.now - 60
  cert.not_after = Time.now + 3600
  cert.sign(key, OpenSSL::Digest.new("SHA256"))
  server_ctx = OpenSSL::SSL::SSLContext.new
  server_ctx.cert = cert
  server_ctx.key = key
  # The server allows exactly the version under test; the client is what a
  # program gets by default, so a completed handshake proves it offers it.
  server_ctx.min_version = server_ctx.max_version = version_const
  client_ctx = OpenSSL::SSL::SSLContext.new
  a, b = UNIXSocket.pair
  server = OpenSSL::SSL::SSLSocket.new(a, server_ctx)
  client = OpenSSL::SSL::SSLSocket.new(b, client_ctx)
  accepted = Thread.new { server.accept }
  client.connect
  accepted.join(10) or raise "the server side did not finish"
  result = { "handshake" => true, "protocol" => client.ssl_version,
             "cipher" => client.cipher[0] }
  client.close
  server.close
  result
rescue StandardError => e
  { "handshake" => false, "error" => e.message }
end

# Flat output, so that readers without a JSON library can pick fields.

constant = tls == "1.3" ? :TLS1_3_VERSION : :TLS1_2_VERSION
report["tls"] = tls
report["protocol"] = report["cipher"] = report["error"] = ""
if OpenSSL::SSL.const_defined?(constant)
  report.update(handshake(OpenSSL::SSL.const_get(constant)))
else
  report.update("handshake" => false,
                "error" => "OpenSSL::SSL::#{constant} is not defined")
end
puts JSON.generate(report)
