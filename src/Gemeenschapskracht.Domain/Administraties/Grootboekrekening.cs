using System.Text.RegularExpressions;

namespace Gemeenschapskracht.Domain.Administraties;

/// <summary>Where an account sits: on the balance sheet (activa, passiva) or in the result (baten, lasten).</summary>
public enum Rekeningsoort
{
    Activa,
    Passiva,
    Baten,
    Lasten,
}

/// <summary>What the ledger itself needs to know of an account beyond its kind.</summary>
public enum Rekeningrol
{
    Geen,

    /// <summary>Cash or bank: what the group has left, and never below zero at the end of a month.</summary>
    Liquide,

    /// <summary>Subsidies received: an entry crediting it names its beschikking.</summary>
    Subsidie,
}

/// <summary>
/// One account of an administratie's chart: the group's own number and name, mapped to a code of the Referentie
/// GrootboekSchema (RGS 3.x) so that an accountant's software reads it the same way.
/// </summary>
public sealed record Grootboekrekening(string Code, string RgsCode, string Omschrijving, Rekeningsoort Soort, Rekeningrol Rol)
{
    public bool IsBalansrekening => Soort is Rekeningsoort.Activa or Rekeningsoort.Passiva;

    /// <summary>Activa and lasten grow on the debit side, passiva and baten on the credit side.</summary>
    public bool IsDebetrekening => Soort is Rekeningsoort.Activa or Rekeningsoort.Lasten;
}

/// <summary>
/// The standard chart every administratie starts with: the few accounts a resident group needs, each with its RGS
/// referentiecode (the bookable level where it is certain, the heading above it where a group's income has no leaf of
/// its own; ADR 0025).
/// </summary>
public static partial class Rekeningschema
{
    public const string AlgemeneReserve = "0500";
    public const string Bestemmingsfonds = "0510";
    public const string Kas = "1000";
    public const string Bank = "1100";
    public const string NogTeOntvangen = "1300";
    public const string NogTeBetalen = "1600";
    public const string Huisvesting = "4100";
    public const string Activiteiten = "4200";
    public const string Vervoer = "4300";
    public const string Administratiekosten = "4400";
    public const string Subsidies = "8000";
    public const string Giften = "8100";
    public const string Bijdragen = "8200";

    public static IReadOnlyList<Grootboekrekening> Standaard { get; } =
    [
        new(AlgemeneReserve, "BEivOvrAlr", "Algemene reserve", Rekeningsoort.Passiva, Rekeningrol.Geen),
        new(Bestemmingsfonds, "BEivBef", "Bestemmingsfondsen", Rekeningsoort.Passiva, Rekeningrol.Geen),
        new(Kas, "BLimKasKas", "Kas", Rekeningsoort.Activa, Rekeningrol.Liquide),
        new(Bank, "BLimBanRba", "Bank (rekening-courant)", Rekeningsoort.Activa, Rekeningrol.Liquide),
        new(NogTeOntvangen, "BVorDebHad", "Nog te ontvangen", Rekeningsoort.Activa, Rekeningrol.Geen),
        new(NogTeBetalen, "BSchCreHac", "Nog te betalen", Rekeningsoort.Passiva, Rekeningrol.Geen),
        new(Huisvesting, "WBedHui", "Huur en huisvesting", Rekeningsoort.Lasten, Rekeningrol.Geen),
        new(Activiteiten, "WBedAlkOal", "Activiteiten en materialen", Rekeningsoort.Lasten, Rekeningrol.Geen),
        new(Vervoer, "WBedAut", "Vervoer en reiskosten", Rekeningsoort.Lasten, Rekeningrol.Geen),
        new(Administratiekosten, "WBedAdl", "Administratie- en bankkosten", Rekeningsoort.Lasten, Rekeningrol.Geen),
        new(Subsidies, "WOmz", "Subsidies", Rekeningsoort.Baten, Rekeningrol.Subsidie),
        new(Giften, "WOmz", "Giften en donaties", Rekeningsoort.Baten, Rekeningrol.Geen),
        new(Bijdragen, "WOmz", "Bijdragen van deelnemers", Rekeningsoort.Baten, Rekeningrol.Geen),
    ];

    /// <summary>The form of an RGS referentiecode: B or W, then one to four groups of a capital and two small letters.</summary>
    public static bool IsRgsCode(string code) => RgsVorm().IsMatch(code);

    [GeneratedRegex("^[BW](?:[A-Z][a-z0-9]{2}){1,4}$")]
    private static partial Regex RgsVorm();
}
