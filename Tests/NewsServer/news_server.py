#!/usr/bin/env python3
"""The web server of Gloss's news tests: feeds and pages with ETags, and the broken cases.

Listens on 127.0.0.1 on a free port, prints the port on its first line of standard output,
and exits when its standard input closes (so it ends with the test process that started it).
Each request is appended to the log file named by the first argument (one JSON object a line:
path and headers) before it is answered; `bump ID` on standard input adds an item to feed ID
and is answered `ok`.
Nothing here reaches past 127.0.0.1. Routes (see Tests/GlossTestSupport/NewsServer.swift):

  /feed/ID?items=N      RSS feed ID with N items (default 3), each linking /page/ID-K; ETag,
                        Last-Modified and If-None-Match -> 304
  /atom/ID              the same items as an Atom feed, with summaries only
  /page/NAME            an article page with quotes (gzip when asked for)
  /site/ID              a page without an article that links /feed/ID
  /status/CODE          that status, /ratelimit[/ANY] a 429 with Retry-After: 120
  /redirect/N/PATH      N redirects, then PATH; /loop a redirect to itself; /to-file one to file:
  /slow                 a byte a second, forever; /endless bytes without end
  /notfeed, /xml, /malformed   a page with no article, XML that is no feed, broken XML
"""
import gzip
import json
import sys
import threading
import time
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LOCK = threading.Lock()
LOG = open(sys.argv[1], "a", encoding="utf-8")
EXTRA_ITEMS = {}
MODIFIED = formatdate(1_700_000_000, usegmt=True)


def page(name):
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>Story {name}</title>
<meta property="og:site_name" content="Harbour Gazette"></head><body><nav>Home | World | Sport</nav>
<article><h1>Harbour council approves bridge {name}</h1>
<p>The harbour council voted on Tuesday to build a new bridge across the river, ending a debate that
lasted three years and divided the town's fishermen and its shopkeepers.</p>
<p>"We will build the bridge before the winter storms," said Mayor Alice Brennan, who proposed the plan
last spring. "The town has waited long enough."</p>
<p>Tom Fischer, who leads the fishermen's association, said the bridge would block the boats. "Nobody
asked us where the pillars should go," he said.</p>
<p>The council will publish the plans next month, and building is to start in March, according to the
town's engineer, Maria Lopez.</p></article><footer>Contact us</footer></body></html>"""


def items(feed_id, count):
    total = count + EXTRA_ITEMS.get(feed_id, 0)
    return [(f"{feed_id}-{k}", f"Bridge story {feed_id}-{k}", 1_700_000_000 + 3600 * k) for k in range(1, total + 1)]


def rss(feed_id, count, base):
    entries = "".join(
        f"<item><title>{title}</title><link>{base}/page/{name}</link><guid>urn:story:{name}</guid>"
        f"<pubDate>{formatdate(when, usegmt=True)}</pubDate><description>A short summary of {name}.</description></item>"
        for name, title, when in items(feed_id, count))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {feed_id}</title>{entries}</channel></rss>'


def atom(feed_id, count, base):
    entries = "".join(
        f"<entry><title>{title}</title><link href=\"{base}/page/{name}\"/><id>urn:story:{name}</id>"
        f"<updated>2023-11-14T22:13:20Z</updated><summary>Summary of {name}.</summary></entry>"
        for name, title, _ in items(feed_id, count))
    return f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom {feed_id}</title>{entries}</feed>'


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", content_type="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers:
            self.send_header(name, value)
        if "gzip" in self.headers.get("Accept-Encoding", "") and len(body) > 0 and status == 200:
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        with LOCK:
            LOG.write(json.dumps({"path": self.path, "headers": dict(self.headers.items())}) + "\n")
            LOG.flush()
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        path, _, query = self.path.partition("?")
        parts = path.strip("/").split("/")
        params = dict(p.split("=", 1) for p in query.split("&") if "=" in p)
        head = parts[0]
        if head in ("feed", "atom"):
            feed_id, count = parts[1], int(params.get("items", "3"))
            etag = f'"{head}-{feed_id}-{count}-{EXTRA_ITEMS.get(feed_id, 0)}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            body = (rss if head == "feed" else atom)(feed_id, count, base).encode()
            self.send(200, body, "application/rss+xml", [("ETag", etag), ("Last-Modified", MODIFIED)])
        elif head == "page":
            self.send(200, page(parts[1]).encode(), headers=[("ETag", f'"page-{parts[1]}"')])
        elif head == "site":
            body = f'<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="/feed/{parts[1]}"></head><body><p>Menu</p></body></html>'
            self.send(200, body.encode())
        elif head == "status":
            self.send(int(parts[1]), b"<html><body>error</body></html>")
        elif head == "ratelimit":
            self.send(429, b"slow down", "text/plain", [("Retry-After", "120")])
        elif head == "redirect":
            count = int(parts[1])
            rest = "/".join(parts[2:])
            target = f"/redirect/{count - 1}/{rest}" if count > 1 else f"/{rest}"
            self.send(302, b"", headers=[("Location", target)])
        elif head == "loop":
            self.send(302, b"", headers=[("Location", "/loop")])
        elif head == "to-file":
            self.send(302, b"", headers=[("Location", "file:///etc/passwd")])
        elif head == "slow":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "100000")
            self.end_headers()
            try:
                for _ in range(600):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    time.sleep(1)
            except OSError:
                pass
        elif head == "endless":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>more</p>" * 10_000
            try:
                for _ in range(100_000):
                    self.wfile.write(chunk)
            except OSError:
                pass
            self.close_connection = True
        elif head == "notfeed":
            self.send(200, b"<!doctype html><html><body><nav>Home</nav></body></html>")
        elif head == "xml":
            self.send(200, b'<?xml version="1.0"?><note><to>you</to></note>', "application/xml")
        elif head == "malformed":
            self.send(200, b'<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</ti', "application/rss+xml")
        else:
            self.send(404, b"<html><body>not found</body></html>")


class Server(ThreadingHTTPServer):
    """A thread a request, and a listen queue long enough that a busy machine running many
    tests at once never leaves a connection waiting for the accept loop (the default is 5)."""
    daemon_threads = True
    request_queue_size = 128


def main():
    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(server.server_address[1], flush=True)
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        if command == "bump":
            with LOCK:
                EXTRA_ITEMS[argument] = EXTRA_ITEMS.get(argument, 0) + 1
        print("ok", flush=True)


if __name__ == "__main__":
    main()
