# syntax=docker/dockerfile:1
# (COPY --parents needs the Dockerfile frontend 1.20 or newer; `docker/dockerfile:1` is the latest 1.x.)
#
# One image for every Node process of ThiĐua: api (default), worker and cli.
# Build context: the repository root, with node.Dockerfile.dockerignore beside this file.
#
#   docker build -f deploy/docker/node.Dockerfile -t thidua-node .
#   docker run thidua-node                                      # api on :3000
#   docker run thidua-node node dist/apps/worker/main.js        # worker
#   docker run thidua-node node dist/apps/cli/main.js migrate   # cli
#
# The HEALTHCHECK below probes the api's /health; compose.yaml replaces it for the worker
# and disables it for one-off cli containers.

ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NX_DAEMON=false \
    NX_NO_CLOUD=true \
    NX_TUI=false \
    NG_CLI_ANALYTICS=false \
    CI=true

# Manifests only, so the dependency layers are rebuilt only when they change.
# The plugins/* manifests are the npm workspaces; a pattern that matches nothing is fine.
FROM base AS manifests
COPY --parents package.json package-lock.json .npmrc plugins/*/package.json ./

# All dependencies, for the build. Install scripts are not needed (native code comes as
# platform packages) and are blocked by npm 11 anyway. `npm ci` is not used: lockfiles made
# on our machines lack other platforms' optional packages and npm ci rejects them.
FROM manifests AS deps
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm install --prefer-offline --no-audit --no-fund --ignore-scripts

# Production dependencies only, for the runtime image (webpack keeps node_modules external).
FROM manifests AS prod-deps
RUN --mount=type=cache,target=/root/.npm,sharing=locked \
    npm install --omit=dev --prefer-offline --no-audit --no-fund --ignore-scripts

FROM deps AS build
COPY . .
RUN npx nx run-many -t build -p api worker cli --configuration=production --output-style=static

FROM ${NODE_IMAGE} AS runtime
# tini as PID 1: forwards SIGTERM to node (graceful shutdown) and reaps zombies.
RUN apt-get update \
    && apt-get install -y --no-install-recommends tini \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    API_PORT=3000 \
    STORAGE_DIR=/app/storage \
    LOG_FORMAT=json
COPY --from=prod-deps /app/package.json ./package.json
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The storage volume is mounted here; a new named volume takes this owner.
RUN mkdir -p /app/storage && chown node:node /app/storage
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.API_PORT||3000)+'/health',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "dist/apps/api/main.js"]
