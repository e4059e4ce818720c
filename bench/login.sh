# Sourced by the bench scripts: logs a demo user in with the login form (password "demo"), keeping
# the session in a cookie jar, so password hashing is not part of what they measure.
#   login_form <base-url> <cookie-jar> <username>
# Works on builds with and without the login token and nonces of issue 16.
login_form() {
  local base=$1 jar=$2 user=$3 page token nonce
  page=$(curl -s -c "$jar" -b "$jar" "$base/login.xhtml")
  token=$(sed -n 's/.*name="loginForm:token" value="\([^"]*\)".*/\1/p' <<< "$page" | head -1 || true)
  nonce=$( (grep -o 'nonce="[^"]*"' <<< "$page" || true) | head -1 | cut -d'"' -f2)
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "loginForm_SUBMIT=1" \
    --data-urlencode "loginForm:username=$user" --data-urlencode "loginForm:password=demo" \
    --data-urlencode "loginForm:terug=" --data-urlencode "loginForm:login=" \
    --data-urlencode "loginForm:token=$token" --data-urlencode "primefaces.nonce=$nonce" \
    --data-urlencode "jakarta.faces.ViewState=stateless" "$base/login.xhtml"
}
