using Gemeenschapskracht.Domain.Visitaties;

namespace Gemeenschapskracht.Application.Visitaties.Dtos;

/// <summary>A visitatie in a list: what is reviewed, when it was due and how far it is.</summary>
public sealed record VisitatieSamenvattingDto(Guid Id, Guid CyclusId, Onderwerpsoort Soort, string OnderwerpNaam, Guid WijkId, DateOnly GeplandOp, VisitatieStatus Status);

/// <summary>
/// The visit file. What the panel scored and heard reaches the reviewed party with the draft report, not before;
/// the panel's declarations (where a member lives, what they belong to) stay with the gemeente.
/// </summary>
public sealed record VisitatieDto(
    Guid Id, Guid CyclusId, Onderwerpsoort Soort, Guid OnderwerpId, string OnderwerpNaam, Guid WijkId, Guid? OrganisatieId, DateOnly GeplandOp,
    VisitatieStatus Status, Visitatiekant Kant, IReadOnlyList<PerspectiefDto> Perspectieven, int PerspectievenVersie, int ReactietermijnDagen,
    IReadOnlyList<PanellidDto> Panel, string? Zelfreflectie, IReadOnlyList<InbrengDto> Inbreng, IReadOnlyList<PerspectiefoordeelDto> Beoordelingen,
    DateOnly? ReactieUiterlijk, string? Reactie, IReadOnlyList<VervolgactieDto> Vervolgacties, DateTimeOffset AangemaaktOp, DateTimeOffset GewijzigdOp);

/// <summary>How the caller takes part: for the gemeente (and raad, griffie, auditor), on the panel, or as the reviewed party.</summary>
public enum Visitatiekant
{
    Gemeente,
    Panel,
    Gevisiteerde,
}

public sealed record PanellidDto(Guid GebruikerId, string Naam, Panelrol Rol);

public sealed record InbrengDto(Guid Id, string Wie, string Wat, DateTimeOffset Op);

public sealed record PerspectiefoordeelDto(Guid PerspectiefId, Oordeel Oordeel, string Toelichting, string Door, DateTimeOffset Op);

public sealed record VervolgactieDto(Guid Id, string Omschrijving, string Eigenaar, DateOnly Uiterlijk, DateTimeOffset? GereedOp, string? Bewijs);

public static class VisitatieMappings
{
    public static VisitatieSamenvattingDto ToSamenvatting(this Visitatie v) => new(v.Id, v.CyclusId, v.Soort, v.OnderwerpNaam, v.WijkId, v.GeplandOp, v.Status);

    public static VisitatieDto ToDto(this Visitatie v, Visitatiekant kant)
    {
        var panelwerkZichtbaar = kant != Visitatiekant.Gevisiteerde || v.Status >= VisitatieStatus.Reactie;
        return new(
            v.Id, v.CyclusId, v.Soort, v.OnderwerpId, v.OnderwerpNaam, v.WijkId, v.OrganisatieId, v.GeplandOp, v.Status, kant,
            [.. v.Perspectieven.Select(p => new PerspectiefDto(p.Id, p.Naam, p.Omschrijving))], v.PerspectievenVersie, v.ReactietermijnDagen,
            [.. v.Panel.Select(p => new PanellidDto(p.GebruikerId, p.Naam, p.Rol))], v.Zelfreflectie,
            panelwerkZichtbaar ? [.. v.Inbreng.Select(i => new InbrengDto(i.Id, i.Wie, i.Wat, i.Op))] : [],
            panelwerkZichtbaar ? [.. v.Beoordelingen.Select(b => new PerspectiefoordeelDto(b.PerspectiefId, b.Oordeel, b.Toelichting, b.Door, b.Op))] : [],
            v.ReactieUiterlijk, v.Reactie, [.. v.Vervolgacties.Select(a => new VervolgactieDto(a.Id, a.Omschrijving, a.Eigenaar, a.Uiterlijk, a.GereedOp, a.Bewijs))],
            v.AangemaaktOp, v.GewijzigdOp);
    }
}

/// <summary>An adopted report as the public reads it: no declarations, no names of stakeholders beyond what they agreed to.</summary>
public sealed record VisitatierapportDto(
    Guid Id, Onderwerpsoort Soort, string OnderwerpNaam, Guid WijkId, DateOnly GeplandOp, VisitatieStatus Status, IReadOnlyList<PanellidDto> Panel,
    IReadOnlyList<PerspectiefDto> Perspectieven, IReadOnlyList<PerspectiefoordeelDto> Beoordelingen, string? Reactie, IReadOnlyList<VervolgactieDto> Vervolgacties);

public static class VisitatierapportMappings
{
    public static VisitatierapportDto ToRapport(this Visitatie v)
    {
        var dto = v.ToDto(Visitatiekant.Gemeente);
        return new(v.Id, v.Soort, v.OnderwerpNaam, v.WijkId, v.GeplandOp, v.Status, dto.Panel, dto.Perspectieven, dto.Beoordelingen, v.Reactie, dto.Vervolgacties);
    }
}
