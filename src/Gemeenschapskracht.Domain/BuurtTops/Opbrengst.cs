using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>
/// A dream or ambition captured at a table of the BuurtTop. It keeps its origin: what residents wrote is theirs and
/// the gemeente cannot change or remove it (G-8); anyone may comment on it.
/// </summary>
public sealed record Opbrengst(Guid Id, Herkomst Herkomst, IReadOnlyList<Opmerking> Opmerkingen, string Tafel, OpbrengstSoort Soort, string Tekst)
    : IWijkbeeldItem;

/// <summary>A preparation reminder sent (J3): once per milestone and kind; also shown in the client.</summary>
public sealed record Signalering(Guid MijlpaalId, HerinneringSoort Soort, string Omschrijving, DateOnly Datum, DateTimeOffset Op);
