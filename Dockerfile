# ReplyGuard service image: `replyguard serve` by default, `replyguard worker` for workers alone.
#   docker build -t replyguard .
#   docker run -p 8080:8080 -e REDIS_URL=redis://... -e DATABASE_URL=postgres://... replyguard
# docker-compose.yml runs the whole set (app, worker, redis, postgres).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY detectors ./detectors
COPY src ./src
COPY webhooks ./webhooks
# npm ci runs the build (prepare); then drop the dev dependencies.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8080 REPLYGUARD_DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/bin ./bin
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Node as PID 1 does not reap or forward signals well: exec form, and the service handles SIGTERM itself.
CMD ["node", "bin/replyguard.js", "serve"]
