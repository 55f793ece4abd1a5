# Kronika: multilingual news search (indexer + server) in one image.
#
#   docker build -t kronika .
#   docker run -p 8080:8080 kronika                      # serves the bundled sample
#   docker run -p 8080:8080 -v kronika-db:/var/lib/kronika \
#              -v /path/to/articles:/articles:ro kronika  # serves your articles
#
# See docker/README-section.md (the README's "Docker" section) and
# docker/entrypoint.sh for what happens at start.

# ---------------------------------------------------------------- build
FROM debian:bookworm-slim AS build

# xapian-tools: the integration tests start xapian-tcpsrv shard servers.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      g++ cmake pkg-config make \
      libxapian-dev libicu-dev libcpp-httplib-dev nlohmann-json3-dev doctest-dev \
      libcld2-dev libgumbo-dev libstemmer-dev \
      xapian-tools \
 && rm -rf /var/lib/apt/lists/*

# The tests find config/ and data/ through KRONIKA_SOURCE_DIR, baked in at
# build time: they must run here, where the source is at the same path.
WORKDIR /src
COPY . .

# RelWithDebInfo as scripts/build.sh; the binaries are stripped for the image.
RUN cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null \
 && cmake --build build -j"$(nproc)" \
      --target kronika-indexer kronika-server kronika-unit-tests kronika-integration-tests

# Unit tests (ctest runs them in build/tests, where they write a scratch file).
RUN ctest --test-dir build --output-on-failure -R '^unit$'

# Integration tests: the real indexer and server over HTTP on loopback.
# docker build --build-arg KRONIKA_INTEGRATION_TESTS=0 skips them (e.g. on a
# builder without loopback networking).
ARG KRONIKA_INTEGRATION_TESTS=1
RUN if [ "$KRONIKA_INTEGRATION_TESTS" = 1 ]; then \
      ctest --test-dir build --output-on-failure -R '^integration$'; \
    else echo "integration tests skipped (KRONIKA_INTEGRATION_TESTS=$KRONIKA_INTEGRATION_TESTS)"; fi

RUN mkdir -p /out \
 && strip --strip-unneeded -o /out/kronika-indexer build/bin/kronika-indexer \
 && strip --strip-unneeded -o /out/kronika-server build/bin/kronika-server

# ---------------------------------------------------------------- runtime
FROM debian:bookworm-slim

# Only the shared libraries the two programs load (ldd), and xapian-tools
# for xapian-tcpsrv (shard servers, docker/compose.shards.yml); their own
# dependencies (libssl3, libbrotli1, zlib, libuuid) come with them.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      libxapian30 libicu72 libcpp-httplib0.11 libcld2-0 libgumbo1 libstemmer0d \
      xapian-tools \
 && rm -rf /var/lib/apt/lists/*

RUN groupadd --system --gid 10001 kronika \
 && useradd --system --uid 10001 --gid kronika --home-dir /var/lib/kronika --no-create-home \
      --shell /usr/sbin/nologin kronika \
 && mkdir -p /var/lib/kronika /articles \
 && chown kronika:kronika /var/lib/kronika

COPY --from=build /out/kronika-indexer /out/kronika-server /usr/local/bin/
COPY docker/entrypoint.sh /usr/local/bin/kronika-entrypoint
COPY docker/healthcheck.sh /usr/local/bin/kronika-healthcheck
# config/kronika.json is found relative to the working directory. Taken from
# the build stage, not the context, so they match the programs built.
WORKDIR /opt/kronika
COPY --from=build /src/config/kronika.json config/kronika.json
COPY --from=build /src/web/ web/
COPY --from=build /src/data/sample/ data/sample/
COPY --from=build /src/data/entities/ data/entities/

# Settings the container needs (config/kronika.json keeps the rest); every
# one can be overridden with docker run -e.
ENV KRONIKA_DB=/var/lib/kronika/db \
    KRONIKA_BIND=0.0.0.0 \
    KRONIKA_PORT=8080 \
    KRONIKA_WEB_DIR=/opt/kronika/web \
    KRONIKA_INDEX_ON_START=auto

USER 10001:10001
VOLUME ["/var/lib/kronika", "/articles"]
EXPOSE 8080
# start-period covers the start-up indexing of a large /articles.
HEALTHCHECK --interval=30s --timeout=5s --start-period=5m --retries=3 \
  CMD ["/usr/local/bin/kronika-healthcheck"]

ENTRYPOINT ["/usr/local/bin/kronika-entrypoint"]
