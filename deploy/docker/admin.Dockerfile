# syntax=docker/dockerfile:1
# (COPY --parents needs the Dockerfile frontend 1.20 or newer; `docker/dockerfile:1` is the latest 1.x.)
#
# The admin SPA, built with Nx and served by nginx, which also proxies /api, /health and
# /ready to the api. Build context: the repository root, with admin.Dockerfile.dockerignore
# beside this file.
#
#   docker build -f deploy/docker/admin.Dockerfile -t thidua-admin .
#   docker run -p 8080:8080 -e API_UPSTREAM=api:3000 thidua-admin
#
# Runtime settings (environment):
#   API_UPSTREAM  host:port of the api, re-resolved every 10 s so api replicas can come and go
#                 (default api:3000; in Kubernetes use the service's full DNS name).

ARG NODE_IMAGE=node:24-bookworm-slim
ARG NGINX_IMAGE=nginx:stable-alpine

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    NG_CLI_ANALYTICS=false \
    CI=true
# Manifests first, so the install layer is reused until they change (see node.Dockerfile).
COPY --parents package.json package-lock.json .npmrc plugins/*/package.json ./
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm install --prefer-offline --no-audit --no-fund --ignore-scripts
COPY . .
RUN npx nx run-many -t build -p admin --configuration=production --output-style=static

FROM ${NGINX_IMAGE}
# The official image runs envsubst on /etc/nginx/templates/*.template at start (only on the
# variables the filter names) and writes the result to /etc/nginx/conf.d/, replacing default.conf.
# NGINX_ENTRYPOINT_LOCAL_RESOLVERS makes it export NGINX_LOCAL_RESOLVERS from /etc/resolv.conf.
ENV API_UPSTREAM=api:3000 \
    NGINX_ENTRYPOINT_LOCAL_RESOLVERS=1 \
    NGINX_ENVSUBST_FILTER=^(API_UPSTREAM|NGINX_LOCAL_RESOLVERS)
COPY deploy/nginx/admin.conf /etc/nginx/templates/default.conf.template
COPY --from=build /app/dist/apps/admin/browser /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
    CMD ["wget", "-q", "--spider", "http://127.0.0.1:8080/"]
