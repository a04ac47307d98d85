namespace Gemeenschapskracht.Domain.Visitaties;

/// <summary>The seat a panel member takes (R6.3, §5.5): a resident of another wijk, a raadslid, or a peer professional.</summary>
public enum Panelrol
{
    Bewoner,
    Raadslid,
    Collega,
}

/// <summary>
/// A member of a visitatiepanel with what they declared: the wijk they live in, the organisations they are part of,
/// and any other interest in the subject (a conflict keeps them off the panel).
/// </summary>
public sealed record Panellid(Guid GebruikerId, string Naam, Panelrol Rol, Guid? Woonwijk, IReadOnlyList<Guid> Organisaties, string? Belang);

/// <summary>The four-point formative scale (§5.5): never a number to add up or rank.</summary>
public enum Oordeel
{
    Beginnend,
    InOntwikkeling,
    Sterk,
    InspirerendVoorbeeld,
}

/// <summary>The panel's judgement on one perspective: a mark and the narrative that carries it ("tellen én vertellen").</summary>
public sealed record Beoordeling(Guid PerspectiefId, Oordeel Oordeel, string Toelichting, string Door, DateTimeOffset Op);

/// <summary>What a stakeholder (a resident, a partner) told the panel, heard apart from the reviewed party.</summary>
public sealed record Inbreng(Guid Id, string Wie, string Wat, DateTimeOffset Op);

/// <summary>
/// A follow-up action of the final report, with its owner and deadline; it goes on the commitment tracker, and once
/// overdue it is chased, once (J10: <see cref="GemaandOp"/>). Done, it carries its evidence: what was done, or where to see it.
/// </summary>
public sealed record Vervolgactie(Guid Id, string Omschrijving, string Eigenaar, DateOnly Uiterlijk, DateTimeOffset? GereedOp, DateTimeOffset? GemaandOp = null,
    string? Bewijs = null)
{
    public bool IsVerlopen(DateOnly vandaag) => GereedOp is null && Uiterlijk < vandaag;
}
