# briefbot: one small image for a small VPS. Dependencies are installed in a builder stage;
# the runtime stage holds the venv, the code and the briefs built from seeds/, and runs as an
# unprivileged system user with a fixed uid. State lives in the /data volume only, so the
# container runs with a read-only root filesystem.
ARG BASE_IMAGE=python:3.12-slim

FROM ${BASE_IMAGE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
RUN python3 -m venv /venv
COPY pyproject.toml README.md /src/
COPY bot /src/bot
RUN /venv/bin/pip install --no-compile "/src[postgres]" \
 # only English names of states (current and former), their regions and currency codes are read: drop
 # pycountry's translations and its other ISO tables
 && rm -rf /venv/lib/python3*/site-packages/pycountry/locales \
 && find /venv/lib/python3*/site-packages/pycountry/databases -type f ! -name 'iso3166-[123].json' ! -name 'iso4217.json' -delete \
 # of Faker only the first names and the English words are read: drop its other locales' data (~9 MB)
 && find /venv/lib/python3*/site-packages/faker/providers -mindepth 2 -maxdepth 2 -type d \
      ! -path '*/providers/person/*' ! -path '*/providers/lorem/*' -exec rm -rf {} + \
 && find /venv -name '__pycache__' -prune -exec rm -rf {} +
COPY seeds /app/seeds
COPY deploy/config.yaml /app/config.yaml
RUN /venv/bin/python -m bot --config /app/config.yaml build --corpus /app/seeds --out /app/briefs \
 && rm -rf /data

FROM ${BASE_IMAGE}
RUN useradd --system --uid 10001 --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin briefbot \
 && mkdir /data && chown 10001:10001 /data
COPY --from=builder /venv /venv
COPY --from=builder /app /app
ENV PATH=/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    BRIEFBOT_CONFIG=/app/config.yaml \
    BRIEFBOT_SHIPPED_BRIEFS=/app/briefs
WORKDIR /app
VOLUME /data
USER 10001:10001
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=10s --start-period=60s --retries=3 CMD ["python", "-m", "bot", "health"]
CMD ["python", "-m", "bot", "run"]
