namespace Gemeenschapskracht.Domain.Beleidskaders;

public enum Bestuursniveau
{
    Gemeente,
    Wijk,
    Buurt,
}

public enum Zeggenschap
{
    Beslist,
    BeslistMee,
    Adviseert,
}

/// <summary>The six buurtrechten the LSA advocates (essay 002:753–760).</summary>
public enum BuurtrechtSoort
{
    RechtOpGebouwenEnOpenbareRuimte,
    RechtOmUitTeDagen,
    RechtOpBuurtplanning,
    OpenOverheid,
    ToegangTotGeld,
    ZelfgekozenOndersteuning,
}

/// <summary>One cell of the delegation matrix: for this type of decision, at this level, the wijk or buurt decides, co-decides or advises (R1.4).</summary>
public sealed record Delegatie(string Besluittype, Bestuursniveau Niveau, Zeggenschap Zeggenschap);

/// <summary>A buurtrecht the gemeente adopts, with the article of the regulation that grants it.</summary>
public sealed record Buurtrecht(BuurtrechtSoort Soort, string? Artikel);
