# Ortstermin in a container: build the PWA in one stage, run the server as a non-root user in the
# next. Data (SQLite database, first-start staff codes) lives in the /data volume.
#   podman build -t ortstermin .        (or docker build)
#   podman run -p 3000:3000 -v ortstermin-data:/data -e PUBLIC_URL=https://ortstermin.example.org ortstermin
# See docs/deployment.md (a container).
ARG NODE_IMAGE=docker.io/library/node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM ${NODE_IMAGE}
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data CLIENT_DIR=/app/dist/client
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/server ./server
COPY --from=build /app/shared ./shared
COPY --from=build /app/scripts ./scripts
# The official image's unprivileged "node" user (uid 1000) owns the data and runs the server.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD ["node", "--import", "tsx", "scripts/healthcheck.ts"]
# SIGTERM reaches node itself (no npm or shell in between), so the graceful stop runs.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "server/main.ts"]
