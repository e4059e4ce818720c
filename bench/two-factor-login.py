#!/usr/bin/env python3
"""Login time with two-factor login against one without, on one running server (issue 16).

    python3 bench/two-factor-login.py [base-url] [rounds]

Makes two fresh accounts in the demo practice (as praktijkmanager), switches two-factor login on
for one, then logs both in through the form, alternately, `rounds` times each, and prints the
medians: the password step alone, and password step plus code step. The code is computed here
as the app would (RFC 6238). A code is accepted once per account and 30-second step, so each
two-factor round uses an account of its own with the code of the next step.
"""
import base64, hashlib, hmac, http.cookiejar, json, re, statistics, struct, sys, time
import urllib.error, urllib.parse, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:9080"
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def totp(secret, at):
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(at) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    code = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{code:06d}"


def api(method, path, user, password, body=None):
    req = urllib.request.Request(BASE + path, method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    req.add_header("Authorization", "Basic " + token)
    req.add_header("Content-Type", "application/json")
    req.add_header("Accept", "application/json")
    try:
        with urllib.request.urlopen(req) as r:
            text = r.read().decode()
            return r.status, json.loads(text) if text else None
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def account(two_factor):
    _, me = api("GET", "/api/me", "praktijkmanager", "demo")
    practice = me["practice"]["id"]
    name = "bench2fa" + str(time.time_ns())[-9:]
    _, made = api("POST", f"/api/praktijken/{practice}/team", "praktijkmanager", "demo",
                  {"username": name, "displayName": "Bench Tweestaps", "email": name + "@bench.example",
                   "roles": ["POH"]})
    password = "Rustige ochtend aan de balie 7"  # not containing the name (refused)
    api("POST", "/api/me/password", name, made["initialPassword"],
        {"currentPassword": made["initialPassword"], "newPassword": password})
    secret = None
    if two_factor:
        _, setup = api("POST", "/api/me/two-factor", name, password)
        secret = setup["secret"]
        api("POST", "/api/me/two-factor/confirm", name, password, {"code": totp(secret, time.time())})
    return name, password, secret


def form(opener, prefix, fields, page):
    token = re.search(r'name="%s:token" value="([^"]*)"' % prefix, page).group(1)
    nonce = re.search(r'<script[^>]* nonce="([^"]+)"', page).group(1)
    data = {f"{prefix}_SUBMIT": "1", f"{prefix}:terug": "", f"{prefix}:token": token,
            "primefaces.nonce": nonce, "jakarta.faces.ViewState": "stateless"}
    data.update(fields)
    try:
        with opener.open(BASE + "/login.xhtml", urllib.parse.urlencode(data).encode()) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def login(name, password, secret):
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    page = opener.open(BASE + "/login.xhtml").read().decode()
    start = time.perf_counter()
    status, page = form(opener, "loginForm",
                        {"loginForm:username": name, "loginForm:password": password, "loginForm:login": ""}, page)
    if secret is not None:
        status, page = form(opener, "codeForm",
                            {"codeForm:code": totp(secret, time.time() + 30), "codeForm:verify": ""}, page)
    elapsed = time.perf_counter() - start
    if status != 302:
        raise SystemExit(f"login of {name} failed: {status}")
    return elapsed * 1000


plain = account(False)
doubles = [account(True) for _ in range(ROUNDS + 1)]
login(*plain)
login(*doubles.pop())
times = {"password only": [], "password + code": []}
for double in doubles:
    times["password only"].append(login(*plain))
    times["password + code"].append(login(*double))
for label, values in times.items():
    print(f"{label:16s} n={len(values)} median={statistics.median(values):.1f} ms")
print(f"ratio {statistics.median(times['password + code']) / statistics.median(times['password only']):.2f}")
