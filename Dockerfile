# newsbot in a container. Mount a config FOLDER at /config (config.toml inside it: atomic rewrites by
# import-opml, /add_feed and moved feeds, and editors that replace the file, all reach it), keep the state
# in the /data volume (relative [storage] paths resolve there: NEWSBOT_DATA_DIR), pass the token by env:
#   docker build -t newsbot .
#   docker run -d --name newsbot -v $PWD/newsbot-config:/config -v newsbot-data:/data \
#     -e TELEGRAM_BOT_TOKEN=... newsbot
# For /healthz from outside set [http] listen = "0.0.0.0:8787" and publish the port; the HEALTHCHECK
# reads the port from the config itself (`newsbot health`). docker-compose.yml adds PostgreSQL.
FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /data newsbot && mkdir -p /data /config && chown newsbot /data /config
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY watchers ./watchers
COPY seeds ./seeds
# the optional parts (README "Set up"): all = charts for /trend and postgres for docker-compose.yml's database
ARG EXTRAS=all
RUN pip install --no-cache-dir ".[${EXTRAS}]" && rm -rf /src
USER newsbot
ENV NEWSBOT_DATA_DIR=/data
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s CMD ["newsbot", "health", "--config", "/config/config.toml"]
ENTRYPOINT ["newsbot"]
CMD ["run", "--config", "/config/config.toml"]
