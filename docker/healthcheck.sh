#!/usr/bin/env bash
# HEALTHCHECK: GET /api/health on the container's own port, with bash's
# /dev/tcp (the slim image has no curl). Healthy = HTTP 200.
port=${KRONIKA_PORT:-8080}
{ exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo "nothing listens on port $port" >&2; exit 1; }
printf 'GET /api/health HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' >&3
IFS= read -r -t 5 status <&3 || exit 1
[[ $status == HTTP/1.[01]" 200"* ]]
