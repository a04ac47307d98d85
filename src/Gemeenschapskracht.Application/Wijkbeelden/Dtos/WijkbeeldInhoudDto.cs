using Gemeenschapskracht.Domain.Beleidskaders;
using Gemeenschapskracht.Domain.Wijkbeelden;

namespace Gemeenschapskracht.Application.Wijkbeelden.Dtos;

// The content of a version, read by GET and sent whole by PUT. Every content member is required, so a part left out
// is a 400 that names it. An item is sent without an id when it is new. Herkomst and opmerkingen are the server's:
// returned with every item, ignored when sent (comments are added with their own request).

public sealed record WijkbeeldInhoudDto
{
    public required string? Duiding { get; init; }
    public required IReadOnlyList<GeschiedenisItemDto> Geschiedenis { get; init; }
    public required IReadOnlyList<InformeleStructuurDto> InformeleStructuren { get; init; }
    public required IReadOnlyList<InitiatiefDto> Initiatieven { get; init; }
    public required IReadOnlyList<ProfessioneleInzetDto> Inzet { get; init; }
    public required IReadOnlyList<SamenwerkingDto> Samenwerkingen { get; init; }
    public required IReadOnlyList<GespreksrondeDto> Gespreksrondes { get; init; }
    public required IReadOnlyList<BehoefteDto> Behoeften { get; init; }
    public required WijkopbouwpuntBesluitDto? Wijkopbouwpunt { get; init; }
}

public sealed record HerkomstDto(Kant Kant, string Auteur, DateTimeOffset Op);

public sealed record OpmerkingDto(Guid Id, Kant Kant, string Auteur, string Tekst, DateTimeOffset Op);

/// <summary>What every item carries besides its content.</summary>
public abstract record WijkbeeldItemDto
{
    public required Guid? Id { get; init; }

    /// <summary>Who wrote it; set by the server.</summary>
    public HerkomstDto? Herkomst { get; init; }

    /// <summary>Comments on it; set by the server.</summary>
    public IReadOnlyList<OpmerkingDto>? Opmerkingen { get; init; }
}

public sealed record GeschiedenisItemDto : WijkbeeldItemDto
{
    public required string Periode { get; init; }
    public required string Gebeurtenis { get; init; }
    public required string? Spanningen { get; init; }
    public required string? Bron { get; init; }
}

public sealed record InformeleStructuurDto : WijkbeeldItemDto
{
    public required string Omschrijving { get; init; }
    public required string Soort { get; init; }
    public required Lokaliseerbaarheid Lokaliseerbaar { get; init; }
}

public sealed record InitiatiefDto : WijkbeeldItemDto
{
    public required string Naam { get; init; }

    /// <summary>The organisation in the register, when it is one.</summary>
    public required Guid? OrganisatieId { get; init; }

    public required string Omschrijving { get; init; }
    public required string? Behoeften { get; init; }
}

public sealed record ProfessioneleInzetDto : WijkbeeldItemDto
{
    public required string Organisatie { get; init; }
    public required string Functie { get; init; }
    public required decimal UrenInWijk { get; init; }
    public required decimal UrenElders { get; init; }
    public required int JarenAanwezig { get; init; }
    public required Financieringsinstrument Financiering { get; init; }

    /// <summary>The share (0–1) of the hours spent in this wijk; computed by the server.</summary>
    public decimal? Wijkgebondenheid { get; init; }
}

public sealed record SamenwerkingDto : WijkbeeldItemDto
{
    public required string Partijen { get; init; }
    public required string Wat { get; init; }
    public required int? SindsJaar { get; init; }
    public required string WaaromHetWerkt { get; init; }
}

public sealed record DeelnemersDto
{
    public required int Bewoners { get; init; }
    public required int Professionals { get; init; }
    public required int Ambtenaren { get; init; }
    public required int Ondernemers { get; init; }
}

public sealed record GespreksrondeDto : WijkbeeldItemDto
{
    public required DateOnly Datum { get; init; }
    public required DeelnemersDto Deelnemers { get; init; }
    public required string Vragen { get; init; }
    public required string Bevindingen { get; init; }
    public required string? Gespreksleider { get; init; }
}

public sealed record BehoefteDto : WijkbeeldItemDto
{
    public required BehoefteSoort Soort { get; init; }
    public required string Omschrijving { get; init; }
}

public sealed record WijkopbouwpuntBesluitDto
{
    public required WijkopbouwpuntKeuze Keuze { get; init; }
    public required string Redenen { get; init; }
    public HerkomstDto? Herkomst { get; init; }
}
