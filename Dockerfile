# The service image: the compiled service with the H5 app and the desk console it serves.
# Build: docker build -t sunshine-party-building .   Run: see deploy/compose.yml and README "Deployment".

# --- build: everything, with the toolchain native modules (better-sqlite3) need
FROM node:20-bookworm-slim AS build
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build:h5 && npm run build:admin && npm run build:server && npm prune --omit=dev --no-audit --no-fund

# --- runtime: what the service reads at run time, owned by root, run as the unprivileged `node` user
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000 STORAGE_DIR=/app/data/files
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/dist/h5 ./dist/h5
COPY --from=build /app/dist/admin ./dist/admin
RUN mkdir -p /app/data/files && chown -R node:node /app/data
USER node
EXPOSE 3000
VOLUME ["/app/data"]
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "server/dist/src/main.js"]
