#!/usr/bin/env python3
"""Where the request threads of a dotnet-trace speedscope file spend their time, per layer of the stack.

    bench/profile-layers.py artifacts/bench/profile.speedscope.json [top]

Reads the 'evented' profiles that `dotnet-trace collect --profile dotnet-sampled-thread-time --format speedscope`
writes, keeps the samples that are running (leaf CPU_TIME) inside Kestrel's request loop, and gives each sample to
the deepest frame that belongs to a layer below (so time in EF Core's own code counts as EF Core, and time in SQLite
called by EF Core as SQLite). Prints the layers with their share, then the `top` frames by inclusive time.
"""
import collections
import json
import re
import sys

LAYERS = [
    ("GC (threads paused for a collection)", r"PollGC|System\.GC\.|GarbageCollect"),
    ("SQLite (Microsoft.Data.Sqlite, native)", r"Microsoft\.Data\.Sqlite|SQLitePCL|e_sqlite"),
    ("EF Core (query pipeline, materialisation)", r"Microsoft\.EntityFrameworkCore"),
    ("dependency injection (scopes, services)", r"Microsoft\.Extensions\.DependencyInjection"),
    ("token validation (OpenIddict, IdentityModel)", r"OpenIddict|IdentityModel|JsonWebToken"),
    ("JSON (System.Text.Json)", r"System\.Text\.Json"),
    ("logging", r"Microsoft\.Extensions\.Logging"),
    ("telemetry (Activity, OpenTelemetry)", r"OpenTelemetry|System\.Diagnostics\.Activity|DiagnosticSource"),
    ("validation (FluentValidation)", r"FluentValidation"),
    ("Mediator", r"Mediator"),
    ("product code", r"Gemeenschapskracht"),
    ("ASP.NET Core authentication/authorization", r"Microsoft\.AspNetCore\.Authentication|Microsoft\.AspNetCore\.Authorization"),
    ("ASP.NET Core routing", r"Microsoft\.AspNetCore\.Routing"),
    ("ASP.NET Core, Kestrel (other)", r"Microsoft\.AspNetCore"),
    ("LINQ, expressions", r"System\.Linq"),
]


def main(path: str, top: int) -> None:
    with open(path, encoding="utf-8") as f:
        trace = json.load(f)
    frames = trace["shared"]["frames"]
    compiled = [(name, re.compile(pattern)) for name, pattern in LAYERS]
    layer_of = {}
    for i, frame in enumerate(frames):
        layer_of[i] = next((name for name, pattern in compiled if pattern.search(frame["name"])), None)
    running = {i for i, frame in enumerate(frames) if frame["name"] == "CPU_TIME"}
    request_loop = {i for i, frame in enumerate(frames) if "HttpProtocol+<ProcessRequests>" in frame["name"]}

    per_layer = collections.Counter()
    inclusive = collections.Counter()
    total = 0.0
    for profile in trace["profiles"]:
        stack, last = [], None
        for event in profile["events"]:
            at = event["at"]
            if stack and last is not None and stack[-1] in running and request_loop.intersection(stack):
                duration = at - last
                total += duration
                layer = next((layer_of[f] for f in reversed(stack) if layer_of[f]), "other")
                per_layer[layer] += duration
                for frame in set(stack):
                    inclusive[frame] += duration
            if event["type"] == "O":
                stack.append(event["frame"])
            else:
                stack.pop()
            last = at

    if total == 0:
        sys.exit("Geen monsters in Kestrels verzoeklus gevonden: was de API belast tijdens de meting?")
    print(f"{'layer':46} {'ms':>8} {'share':>6}")
    for layer, duration in per_layer.most_common():
        print(f"{layer:46} {duration:8.0f} {100 * duration / total:5.1f}%")
    print(f"\nTop {top} frames by inclusive time (request threads, running):")
    for frame, duration in inclusive.most_common(top):
        print(f"{100 * duration / total:5.1f}%  {frames[frame]['name'][:150]}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 40)
