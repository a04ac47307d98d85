using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Gemeenschapskracht.Infrastructure.Telemetry;

/// <summary>The product's own traces and metrics (the name the OpenTelemetry set-up listens to).</summary>
public static class Telemetrie
{
    public const string Naam = "Gemeenschapskracht";

    public static readonly ActivitySource Activiteiten = new(Naam);

    private static readonly Meter Meter = new(Naam);

    public static readonly Histogram<double> TaakDuur = Meter.CreateHistogram<double>(
        "gemeenschapskracht.taak.duur", unit: "s", description: "Duur van een achtergrondtaak, per taak en gemeente.");

    public static readonly Counter<long> TaakFouten = Meter.CreateCounter<long>(
        "gemeenschapskracht.taak.fouten", description: "Achtergrondtaken die met een fout eindigden, per taak en gemeente.");
}
