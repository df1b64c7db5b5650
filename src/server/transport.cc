#include "server/transport.h"

#include <sys/resource.h>

#include <atomic>
#include <utility>  // (before Boost 1.74's Asio, which uses std::exchange without it under C++20)
#include <boost/asio.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <chrono>
#include <mutex>
#include <optional>
#include <regex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace cair::server {
namespace {

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

struct Route {
  std::regex pattern;
  Transport::Handler handler;
};

// The process may hold as many sockets as its hard limit allows.
void RaiseFdLimit() {
  rlimit r{};
  if (getrlimit(RLIMIT_NOFILE, &r) == 0 && r.rlim_cur < r.rlim_max) {
    r.rlim_cur = r.rlim_max;
    setrlimit(RLIMIT_NOFILE, &r);
  }
}

}  // namespace

struct Transport::Impl {
  std::vector<Route> gets, posts;
  HandlerWithResponse pre_routing, error_handler;
  ExceptionHandler exception_handler;
  httplib::Logger logger;
  TransportOptions opt;
  std::atomic<bool> stopping{false};

  std::mutex tls_mu;
  std::shared_ptr<ssl::context> tls_ctx;  // null: plain HTTP

  std::mutex conn_mu;
  size_t connections = 0;
  std::unordered_map<std::string, size_t> per_client;

  // (Last, so destroyed first: pending work holds sessions, which use the above.)
  net::io_context io;
  std::optional<net::executor_work_guard<net::io_context::executor_type>> keep_running;
  tcp::acceptor acceptor{io};
  std::unique_ptr<net::thread_pool> workers;

  bool LoadTls(std::string* error);
  std::shared_ptr<ssl::context> CurrentTls() {
    std::lock_guard<std::mutex> lock(tls_mu);
    return tls_ctx;
  }
  bool Admit(const std::string& client) {
    std::lock_guard<std::mutex> lock(conn_mu);
    size_t& mine = per_client[client];
    if (connections >= opt.max_connections || mine >= opt.max_per_client) {
      if (mine == 0) per_client.erase(client);
      return false;
    }
    ++connections;
    ++mine;
    return true;
  }
  void Leave(const std::string& client) {
    std::lock_guard<std::mutex> lock(conn_mu);
    --connections;
    auto it = per_client.find(client);
    if (it != per_client.end() && --it->second == 0) per_client.erase(it);
  }
  void Accept();
  // Runs one request through the handlers, as cpp-httplib's Server does.
  // `preset` > 0: the transport already answered (413): no routing.
  void Handle(httplib::Request& req, httplib::Response& res, int preset);
};

namespace {

// One connection. Its socket operations run on the I/O threads (one at a
// time: the connection's strand); each complete request goes to the worker
// pool and its response comes back here.
template <class Stream>
class Session : public std::enable_shared_from_this<Session<Stream>> {
 public:
  template <class... Args>
  Session(Transport::Impl& t, std::string client, int client_port, std::shared_ptr<ssl::context> ctx, Args&&... args)
      : t_(t), ctx_(std::move(ctx)), stream_(std::forward<Args>(args)...), client_(std::move(client)), client_port_(client_port) {}
  ~Session() { t_.Leave(client_); }

  void Start() {
    if constexpr (kTls) {
      beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(t_.opt.request_timeout_s));
      stream_.async_handshake(ssl::stream_base::server, [self = this->shared_from_this()](beast::error_code ec) {
        if (!ec) self->ReadHeader();
      });
    } else {
      ReadHeader();
    }
  }

 private:
  static constexpr bool kTls = !std::is_same_v<Stream, beast::tcp_stream>;

  void ReadHeader() {
    if (t_.stopping) return;
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(t_.opt.max_header));
    parser_->body_limit(t_.opt.max_body);
    // The deadline covers the whole request, headers and body: a client
    // that sends a byte a second is cut off like one that sends nothing.
    const int idle = served_ ? t_.opt.keep_alive_s : 0;
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(idle + t_.opt.request_timeout_s));
    http::async_read_header(stream_, buffer_, *parser_,
                            [self = this->shared_from_this()](beast::error_code ec, size_t) { self->OnHeader(ec); });
  }

  void OnHeader(beast::error_code ec) {
    if (ec == http::error::body_limit) return Process(413, true);  // (a Content-Length over the limit)
    if (ec == http::error::header_limit) return Refuse(431, "request headers larger than the limit of " +
                                                                std::to_string(t_.opt.max_header) + " bytes");
    if (ec) {
      // A parse error on bytes received: 400. Nothing (or a timeout, or
      // the peer went away): close quietly.
      if (ec != beast::error::timeout && ec != http::error::end_of_stream && ec != net::error::eof &&
          ec != net::error::connection_reset && ec != net::ssl::error::stream_truncated && parser_->got_some())
        Process(400, true);
      return;
    }
    const auto& h = parser_->get();
    if (h.find(http::field::transfer_encoding) != h.end()) return Process(0, true);  // the handlers answer 411, body unread
    if (parser_->content_length() && *parser_->content_length() > t_.opt.max_body) return Process(413, true);
    if (parser_->is_done()) return Process(0, false);
    http::async_read(stream_, buffer_, *parser_, [self = this->shared_from_this()](beast::error_code ec, size_t) {
      if (ec == http::error::body_limit) return self->Process(413, true);
      if (!ec) self->Process(0, false);
    });
  }

  // Answers without the handlers (431): the request line and headers are
  // not all there to give them.
  void Refuse(int status, const std::string& message) {
    auto res = std::make_shared<httplib::Response>();
    res->status = status;
    res->set_content("{\"error\":\"" + message + "\",\"status\":" + std::to_string(status) + "}\n", "application/json");
    Write(std::move(res), true, false);
  }

  void Process(int preset, bool close) {
    auto req = std::make_shared<httplib::Request>();
    const auto& m = parser_->get();
    req->method = std::string(m.method_string());
    req->target = std::string(m.target());
    req->version = m.version() == 10 ? "HTTP/1.0" : "HTTP/1.1";
    const size_t q = req->target.find('?');
    req->path = httplib::detail::decode_url(req->target.substr(0, q), false);
    if (q != std::string::npos) httplib::detail::parse_query_text(req->target.substr(q + 1), req->params);
    for (const auto& f : m) req->headers.emplace(std::string(f.name_string()), std::string(f.value()));
    if (!preset && !close) req->body = std::move(parser_->get().body());
    req->remote_addr = client_;
    req->remote_port = client_port_;
    if constexpr (kTls) req->ssl = stream_.native_handle();
    const bool keep = !close && m.keep_alive();
    const bool head = req->method == "HEAD";
    net::post(*t_.workers, [self = this->shared_from_this(), req, preset, keep, head]() {
      auto res = std::make_shared<httplib::Response>();
      self->t_.Handle(*req, *res, preset);
      net::post(self->stream_.get_executor(), [self, res, keep, head]() { self->Write(res, !keep, head); });
    });
  }

  void Write(std::shared_ptr<httplib::Response> res, bool close, bool head) {
    ++served_;
    if (served_ >= t_.opt.max_requests_per_connection || t_.stopping || res->get_header_value("Connection") == "close")
      close = true;
    out_.emplace();
    auto& o = *out_;
    o.version(11);
    o.result(static_cast<unsigned>(res->status));
    for (const auto& [k, v] : res->headers)
      if (!beast::iequals(k, "Connection") && !beast::iequals(k, "Content-Length")) o.insert(k, v);
    o.keep_alive(!close);
    if (head) {
      o.content_length(res->body.size());
    } else {
      o.body() = std::move(res->body);
      o.prepare_payload();
    }
    beast::get_lowest_layer(stream_).expires_after(std::chrono::seconds(t_.opt.write_timeout_s));
    http::async_write(stream_, *out_, [self = this->shared_from_this(), close](beast::error_code ec, size_t) {
      self->out_.reset();
      if (ec) return;
      if (close) {
        beast::error_code ignored;
        beast::get_lowest_layer(self->stream_).socket().shutdown(tcp::socket::shutdown_send, ignored);
        return;
      }
      self->ReadHeader();
    });
  }

  Transport::Impl& t_;
  std::shared_ptr<ssl::context> ctx_;  // (outlives stream_, which refers to it)
  Stream stream_;
  beast::flat_buffer buffer_;
  std::optional<http::request_parser<http::string_body>> parser_;
  std::optional<http::response<http::string_body>> out_;
  std::string client_;
  int client_port_;
  size_t served_ = 0;
};

}  // namespace

void Transport::Impl::Handle(httplib::Request& req, httplib::Response& res, int preset) {
  if (preset) {
    res.status = preset;
  } else {
    try {
      if (!pre_routing || pre_routing(req, res) != httplib::Server::HandlerResponse::Handled) {
        const std::vector<Route>* routes = req.method == "GET" || req.method == "HEAD" ? &gets
                                           : req.method == "POST"                     ? &posts
                                                                                      : nullptr;
        bool routed = false;
        if (routes)
          for (const Route& r : *routes)
            if (std::regex_match(req.path, req.matches, r.pattern)) {
              r.handler(req, res);
              routed = true;
              break;
            }
        if (!routed) res.status = routes ? 404 : 400;  // (an unknown method: 400, as cpp-httplib)
      }
    } catch (...) {
      if (exception_handler) exception_handler(req, res, std::current_exception());
      else res.status = 500;
    }
  }
  if (res.status == -1) res.status = 200;
  if (res.status >= 400 && error_handler) {
    try {
      error_handler(req, res);
    } catch (...) {
    }
  }
  if (logger) logger(req, res);
}

void Transport::Impl::Accept() {
  acceptor.async_accept(net::make_strand(io), [this](beast::error_code ec, tcp::socket socket) {
    if (ec) {
      if (!stopping && acceptor.is_open()) Accept();
      return;
    }
    beast::error_code e;
    auto remote = socket.remote_endpoint(e);
    std::string client = e ? "" : remote.address().to_string();
    if (!Admit(client)) {
      socket.close(e);  // over a connection limit
    } else {
      socket.set_option(tcp::no_delay(true), e);
      const int port = e ? -1 : remote.port();
      if (auto ctx = CurrentTls())
        std::make_shared<Session<beast::ssl_stream<beast::tcp_stream>>>(*this, client, port, ctx, std::move(socket), *ctx)->Start();
      else
        std::make_shared<Session<beast::tcp_stream>>(*this, client, port, nullptr, std::move(socket))->Start();
    }
    if (!stopping) Accept();
  });
}

bool Transport::Impl::LoadTls(std::string* error) {
  if (opt.tls_cert.empty()) return true;
  auto ctx = std::make_shared<ssl::context>(ssl::context::tls_server);
  ctx->set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3 |
                   ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::single_dh_use);
  beast::error_code ec;
  auto step = [&](const char* what, const std::string& file) {
    if (!ec) return true;
    *error = std::string(what) + " " + file + ": " + ec.message();
    return false;
  };
  ctx->use_certificate_chain_file(opt.tls_cert, ec);
  if (!step("--tls-cert", opt.tls_cert)) return false;
  ctx->use_private_key_file(opt.tls_key.empty() ? opt.tls_cert : opt.tls_key, ssl::context::pem, ec);
  if (!step("--tls-key", opt.tls_key)) return false;
  if (!SSL_CTX_check_private_key(ctx->native_handle())) {
    *error = "--tls-key " + opt.tls_key + " does not match the certificate in " + opt.tls_cert;
    return false;
  }
  if (!opt.client_ca.empty()) {
    ctx->load_verify_file(opt.client_ca, ec);
    if (!step("--client-ca", opt.client_ca)) return false;
    ctx->set_verify_mode(ssl::verify_peer | ssl::verify_fail_if_no_peer_cert, ec);
    if (!step("--client-ca", opt.client_ca)) return false;
  }
  std::lock_guard<std::mutex> lock(tls_mu);
  tls_ctx = std::move(ctx);
  return true;
}

Transport::Transport() : impl_(std::make_unique<Impl>()) {}
Transport::~Transport() { stop(); }

Transport& Transport::Get(const std::string& pattern, Handler handler) {
  impl_->gets.push_back({std::regex(pattern), std::move(handler)});
  return *this;
}
Transport& Transport::Post(const std::string& pattern, Handler handler) {
  impl_->posts.push_back({std::regex(pattern), std::move(handler)});
  return *this;
}
void Transport::set_pre_routing_handler(HandlerWithResponse handler) { impl_->pre_routing = std::move(handler); }
void Transport::set_error_handler(HandlerWithResponse handler) { impl_->error_handler = std::move(handler); }
void Transport::set_exception_handler(ExceptionHandler handler) { impl_->exception_handler = std::move(handler); }
void Transport::set_logger(httplib::Logger logger) { impl_->logger = std::move(logger); }

bool Transport::Configure(const TransportOptions& options, std::string* error) {
  impl_->opt = options;
  if (impl_->opt.workers < 1) impl_->opt.workers = 1;
  if (impl_->opt.io_threads < 1) impl_->opt.io_threads = 1;
  RaiseFdLimit();
  return impl_->LoadTls(error);
}

bool Transport::ReloadTls(std::string* error) { return impl_->LoadTls(error); }

bool Transport::tls() const { return impl_->CurrentTls() != nullptr; }

bool Transport::bind_to_port(const std::string& host, int port) {
  beast::error_code ec;
  auto address = net::ip::make_address(host == "localhost" ? "127.0.0.1" : host, ec);
  if (ec) return false;
  tcp::endpoint ep(address, static_cast<unsigned short>(port));
  auto& a = impl_->acceptor;
  a.open(ep.protocol(), ec);
  if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) a.bind(ep, ec);
  if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
  if (ec) {
    a.close(ec);
    return false;
  }
  return true;
}

int Transport::bind_to_any_port(const std::string& host) {
  if (!bind_to_port(host, 0)) return -1;
  beast::error_code ec;
  auto ep = impl_->acceptor.local_endpoint(ec);
  return ec ? -1 : ep.port();
}

bool Transport::listen_after_bind() {
  Impl& t = *impl_;
  if (!t.acceptor.is_open()) return false;
  t.workers = std::make_unique<net::thread_pool>(static_cast<size_t>(t.opt.workers));
  t.keep_running.emplace(t.io.get_executor());
  t.Accept();
  std::vector<std::thread> extra;
  for (int i = 1; i < t.opt.io_threads; ++i) extra.emplace_back([&t] { t.io.run(); });
  t.io.run();
  for (auto& th : extra) th.join();
  t.workers->join();
  return true;
}

void Transport::stop() {
  Impl& t = *impl_;
  if (t.stopping.exchange(true)) return;
  net::post(t.io, [&t] {
    beast::error_code ec;
    t.acceptor.close(ec);
  });
  // Running handlers finish; their responses are not waited for.
  if (t.workers) t.workers->wait();
  t.keep_running.reset();
  t.io.stop();
}

}  // namespace cair::server
