# newsbot in a container: config mounted at /config/config.toml, with [storage] path =
# "/data/newsbot.sqlite3" and, to reach /healthz from outside, [http] listen = "0.0.0.0:8787".
#   docker build -t newsbot .
#   docker run -d --name newsbot -v $PWD/config.toml:/config/config.toml -v newsbot-data:/data \
#     -e TELEGRAM_BOT_TOKEN=... newsbot
FROM python:3.11-slim
RUN useradd --system --uid 10001 --home /data newsbot && mkdir -p /data /config && chown newsbot /data
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY watchers ./watchers
COPY seeds ./seeds
RUN pip install --no-cache-dir . && rm -rf /src
USER newsbot
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8787
HEALTHCHECK --interval=60s --timeout=5s CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8787/healthz', timeout=4)" || exit 1
ENTRYPOINT ["newsbot"]
CMD ["run", "--config", "/config/config.toml"]
