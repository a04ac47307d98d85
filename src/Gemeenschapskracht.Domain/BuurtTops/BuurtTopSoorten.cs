namespace Gemeenschapskracht.Domain.BuurtTops;

/// <summary>The life of a BuurtTop (R3.3): announced, prepared, held, and its outputs processed into an agenda.</summary>
public enum BuurtTopStatus
{
    Aangekondigd,
    InVoorbereiding,
    Gehouden,
    Verwerkt,
}

/// <summary>Who organises a BuurtTop (R3.3): a bewonersorganisatie, a wijkopbouwpunt, or a task group.</summary>
public enum OrganisatorSoort
{
    Bewonersorganisatie,
    Wijkopbouwpunt,
    Taakgroep,
}

/// <summary>What a member of a task group is.</summary>
public enum TaakgroepRol
{
    Bewoner,
    Professional,
    Ambtenaar,
}

/// <summary>The categories of people invited to and counted at a BuurtTop (R3.3).</summary>
public enum Deelnemerscategorie
{
    Bewoners,
    Sterkhouders,
    Ondernemers,
    Zzpers,
    Professionals,
    Ambtenaren,
    Raadsleden,
}

/// <summary>What was captured at a table: a dream, or an ambition (R3.4 starts from dreams).</summary>
public enum OpbrengstSoort
{
    Droom,
    Ambitie,
}

/// <summary>The kind of a preparation reminder (J3): a milestone due soon, or one overdue.</summary>
public enum HerinneringSoort
{
    Binnenkort,
    Verlopen,
}
