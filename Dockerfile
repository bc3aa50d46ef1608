# syntax=docker/dockerfile:1
#
# crisis-lookup: one static-ish binary plus the curated data.
#
#   docker build -t crisis-lookup .
#   docker run --rm -p 8080:8080 crisis-lookup
#   docker run --rm crisis-lookup check          # validate the shipped data
#   docker run --rm -p 8080:8080 -v "$PWD/resources.yaml:/srv/crisis-lookup/resources.yaml:ro" crisis-lookup
#
# The dataset and the locales live in /srv/crisis-lookup; mount over either
# (or point CRISIS_LOOKUP_DATA / CRISIS_LOOKUP_LOCALES elsewhere) to serve
# other data. The service reloads them when they change.

ARG RUST_VERSION=1

# ---- build ------------------------------------------------------------------
FROM rust:${RUST_VERSION}-bookworm AS build
WORKDIR /build

# Sources only: .dockerignore keeps target/, .git/ and the rest out.
COPY Cargo.toml Cargo.lock ./
COPY src ./src
# Compiled into the binary with include_str!: the preview page's assets, the
# referral protocol page, the CLDR territory table and the reading fallbacks.
COPY static ./static
COPY data ./data
COPY docs/REFERRAL-PROTOCOL.md ./docs/REFERRAL-PROTOCOL.md
# benches/ is there because Cargo.toml declares a [[bench]] target: cargo
# refuses a manifest whose declared targets are missing. A new explicit
# [[test]] or [[example]] target needs its folder copied here too.
COPY benches ./benches
# The language model's crate (a workspace member), its n-gram table compiled
# into the binary with include_bytes!. langid/generator is not built.
COPY langid ./langid

# The registry and target caches survive between builds (BuildKit), so a
# change in src/ does not recompile every dependency. The binary is copied
# out of the cache mount, which is not part of the image, and stripped of
# its debug information on the way (`install -s`): 114 MiB with it, 34 MiB
# without (BENCHMARKS.md, "Binary size and memory").
RUN --mount=type=cache,target=/usr/local/cargo/registry,sharing=locked \
    --mount=type=cache,target=/build/target,sharing=locked \
    cargo build --release --locked --bin crisis-lookup \
 && install -D -s -m 0755 target/release/crisis-lookup /out/crisis-lookup

# The data is validated here, so an image with a bad dataset is never built.
COPY resources.yaml /out/srv/resources.yaml
COPY locales /out/srv/locales
RUN /out/crisis-lookup check --data /out/srv/resources.yaml --locales /out/srv/locales

# ---- run --------------------------------------------------------------------
# glibc and libgcc of Debian 12 (the builder's own), no shell, no package
# manager; user 65532 ("nonroot").
FROM gcr.io/distroless/cc-debian12:nonroot

COPY --from=build /out/crisis-lookup /usr/local/bin/crisis-lookup
# Owned by root and read-only for the service user: the service only reads.
COPY --from=build /out/srv /srv/crisis-lookup

WORKDIR /srv/crisis-lookup
ENV CRISIS_LOOKUP_BIND=0.0.0.0:8080 \
    CRISIS_LOOKUP_DATA=/srv/crisis-lookup/resources.yaml \
    CRISIS_LOOKUP_LOCALES=/srv/crisis-lookup/locales \
    CRISIS_LOOKUP_LOG_FORMAT=json \
    RUST_LOG=info

USER 65532:65532
EXPOSE 8080

# No HEALTHCHECK: the image has no shell or curl to run one, and Kubernetes
# ignores it anyway (it uses the probes in deploy/kubernetes/deployment.yaml
# on /healthz and /readyz).
ENTRYPOINT ["/usr/local/bin/crisis-lookup"]
CMD ["serve"]
