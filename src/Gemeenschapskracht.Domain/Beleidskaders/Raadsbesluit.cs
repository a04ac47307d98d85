using Gemeenschapskracht.Domain.Common;

namespace Gemeenschapskracht.Domain.Beleidskaders;

/// <summary>The council decision that adopted a version: its date, its reference (kenmerk) and where the document is.</summary>
public sealed record Raadsbesluit
{
    public Raadsbesluit(DateOnly datum, string kenmerk, string? documentUrl)
    {
        if (Tekst.IsBlank(kenmerk))
            throw new DomainException("Een vaststelling vraagt het kenmerk van het raadsbesluit.");
        if (documentUrl is not null && !(Uri.TryCreate(documentUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            throw new DomainException("De link naar het raadsbesluit moet een volledig webadres zijn (https://…).");
        Datum = datum;
        Kenmerk = kenmerk.Trim();
        DocumentUrl = documentUrl;
    }

    public DateOnly Datum { get; }

    public string Kenmerk { get; }

    public string? DocumentUrl { get; }

    /// <summary>A decision is recorded after the raad took it: its date is not later than today in the Netherlands.</summary>
    public void ControleerGenomen(DateTimeOffset now)
    {
        if (Datum > Kalender.Dag(now))
            throw new DomainException("De datum van het raadsbesluit ligt in de toekomst; leg het besluit vast nadat de raad heeft besloten.");
    }
}
