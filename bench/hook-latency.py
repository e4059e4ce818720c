#!/usr/bin/env python3
"""How soon a case system hears of a new referral through its FHIR Subscription (issue 19).

    python3 bench/hook-latency.py [base-url] [referrals]

Against a running demo server (`mvn liberty:run`: demo mode allows an http hook on loopback).
Starts a hook on loopback, subscribes it as the coordinator (payload application/fhir+json),
then makes referrals as the assistant one at a time and measures from the 201 of the referral to
the PUT of its Task at the hook. Expect 1-3 s: a change is told once it is 1 s old, and the job
looks every 2 s (spreekkamer.fhir.hooks.every). Deletes the subscription afterwards.
"""
import base64, http.server, json, statistics, sys, threading, time, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 20
arrived = {}


class Hook(http.server.BaseHTTPRequestHandler):
    def do_PUT(self):
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        arrived.setdefault(self.path.rsplit("/", 1)[-1], time.monotonic())
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def call(user, method, path, body=None, content="application/json"):
    request = urllib.request.Request(BASE + path, method=method, data=body and body.encode())
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{user}:demo".encode()).decode())
    request.add_header("Accept", "application/json")
    request.add_header("Content-Type", content)
    with urllib.request.urlopen(request) as answer:
        return answer.status, answer.headers, answer.read().decode()


server = http.server.ThreadingHTTPServer(("localhost", 0), Hook)
threading.Thread(target=server.serve_forever, daemon=True).start()
subscription = json.dumps({
    "resourceType": "Subscription", "status": "requested", "reason": "bench",
    "criteria": "Task?status=received",
    "channel": {"type": "rest-hook", "endpoint": f"http://localhost:{server.server_port}/hook",
                "payload": "application/fhir+json"}})
_, headers, body = call("coordinator", "POST", "/api/fhir/Subscription", subscription,
                        "application/fhir+json")
location = headers["Location"][headers["Location"].index("/api/"):]
latencies = []
try:
    for i in range(N):
        referral = json.dumps({
            "patientName": f"Bench Haak {i}", "phone": "06 12 34 56 78",
            "category": "RENT_OR_MORTGAGE",
            "consent": {"share": True, "feedback": False, "textVersion": "2026-11-1"}})
        _, _, created = call("assistent", "POST", "/api/referrals", referral)
        made = time.monotonic()
        task = str(json.loads(created)["id"])
        while task not in arrived and time.monotonic() - made < 30:
            time.sleep(0.02)
        latencies.append(arrived.get(task, float("nan")) - made)
finally:
    call("coordinator", "DELETE", location)
    server.shutdown()
ok = sorted(x * 1000 for x in latencies if x == x)
print(f"referral created -> Task at the hook: n={len(ok)}/{N} median={statistics.median(ok):.0f} ms"
      f" p95={ok[max(0, int(len(ok) * 0.95) - 1)]:.0f} ms max={ok[-1]:.0f} ms")
