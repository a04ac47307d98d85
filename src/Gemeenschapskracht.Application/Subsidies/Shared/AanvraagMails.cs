using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Subsidies;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Shared;

/// <summary>Tells the applying organisation what it must know or do: a question for completion, a delay, the decision.</summary>
public sealed class AanvraagMails(IApplicationDbContext db, IEmailSender mail)
{
    public async Task StuurAsync(Subsidieaanvraag aanvraag, string onderwerp, string tekst, CancellationToken cancellationToken)
    {
        var organisatie = await db.Set<Organisatie>().AsNoTracking().FirstOrDefaultAsync(o => o.Id == aanvraag.OrganisatieId, cancellationToken);
        if (organisatie?.Contact.Email is not { } adres)
            return;
        var voor = aanvraag.Groepsnaam is { } groep ? $"{organisatie.Naam}, namens {groep}" : organisatie.Naam;
        await mail.SendAsync(adres, onderwerp, $"Beste {voor},\n\n{tekst}\n", cancellationToken);
    }

    /// <summary>The beschikking in the mail: the decision, the amounts and voorschotten, the bezwaarclausule; the letter itself is with the application.</summary>
    public Task StuurBeschikkingAsync(Subsidieaanvraag aanvraag, Beschikking beschikking, CancellationToken cancellationToken)
    {
        var bezwaar = "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (Awb 6:7).";
        var brief = $"De beschikking (kenmerk {beschikking.Kenmerk}) staat als brief bij uw aanvraag in Gemeenschapskracht.";
        if (beschikking.Soort == BesluitSoort.Weigering)
            return StuurAsync(aanvraag, $"Besluit op uw subsidieaanvraag ({beschikking.Kenmerk})",
                $"Wij kunnen u geen subsidie verlenen. De grond:\n\n{beschikking.Motivering}\n\n{brief}\n\n{bezwaar}", cancellationToken);
        var voorschotten = string.Join("\n", beschikking.Voorschotten.Select(v => $"- {v.Datum:dd-MM-yyyy}: {v.Bedrag}"));
        return StuurAsync(aanvraag, $"Uw subsidieaanvraag is toegekend: {beschikking.Bedrag} ({beschikking.Kenmerk})",
            $"Wij verlenen u {beschikking.Bedrag} voor {beschikking.Van:dd-MM-yyyy} tot en met {beschikking.Tot:dd-MM-yyyy}.\n\n{beschikking.Motivering}\n\n" +
            $"U ontvangt de subsidie als voorschot:\n{voorschotten}\n\n{brief}\n\n{bezwaar}", cancellationToken);
    }

    /// <summary>The beschikking tot vaststelling in the mail: the final amount, the offset and what follows; the letter is with the subsidy.</summary>
    public async Task StuurVaststellingAsync(Beschikking beschikking, Vaststelling vaststelling, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().AsNoTracking().FirstAsync(a => a.Id == beschikking.AanvraagId, cancellationToken);
        var gevolg = vaststelling.Uitkomst switch
        {
            VaststellingUitkomst.Nabetaling => $"Wij betalen u nog {vaststelling.Saldo}.",
            VaststellingUitkomst.Niets => "De voorschotten zijn gelijk aan het vastgestelde bedrag; er wordt niets meer betaald of terugbetaald.",
            _ => $"U betaalt {vaststelling.Saldo} terug, uiterlijk {vaststelling.BetalenUiterlijk:dd-MM-yyyy}.",
        };
        await StuurAsync(aanvraag, $"Uw subsidie is vastgesteld: {vaststelling.VastgesteldBedrag} ({vaststelling.Kenmerk})",
            $"Wij stellen de subsidie {beschikking.Kenmerk} vast op {vaststelling.VastgesteldBedrag}; als voorschot ontving u {vaststelling.BetaaldeVoorschotten}. {gevolg}\n\n" +
            $"De beschikking (kenmerk {vaststelling.Kenmerk}) staat als brief bij uw subsidie in Gemeenschapskracht.\n\n" +
            "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (Awb 6:7).", cancellationToken);
    }

    /// <summary>The beschikking tot wijziging or intrekking in the mail: what changes, why, and what is reclaimed; the letter is with the subsidy.</summary>
    public async Task StuurWijzigingAsync(Beschikking beschikking, Wijzigingsbesluit besluit, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().AsNoTracking().FirstAsync(a => a.Id == beschikking.AanvraagId, cancellationToken);
        var wat = besluit.Betreft == WijzigingBetreft.Verlening ? "subsidieverlening" : "subsidievaststelling";
        var besluitTekst = besluit.Intrekking
            ? $"Wij trekken de {wat} {beschikking.Kenmerk} in, met ingang van {besluit.WerkingVanaf:dd-MM-yyyy}."
            : $"Wij wijzigen de {wat} {beschikking.Kenmerk}: het bedrag wordt {besluit.NieuwBedrag} in plaats van {besluit.OudBedrag}, met ingang van {besluit.WerkingVanaf:dd-MM-yyyy}.";
        var terug = besluit.Terugvordering > Domain.Common.Bedrag.Nul
            ? $"\n\nU betaalt {besluit.Terugvordering} terug, uiterlijk {besluit.BetalenUiterlijk:dd-MM-yyyy}."
            : "";
        var afbouw = besluit.AfbouwTot is { } tot ? $"\n\nEr geldt een afbouwtermijn tot en met {tot:dd-MM-yyyy} (artikel 4:51 Awb)." : "";
        await StuurAsync(aanvraag, $"{(besluit.Intrekking ? "Intrekking" : "Wijziging")} van uw subsidie ({besluit.Kenmerk})",
            $"{besluitTekst}\n\nDe grond ({Wijzigingsgronden.Artikel(besluit.Grond)}): {Wijzigingsgronden.Omschrijving(besluit.Grond)}.\n\n{besluit.Toelichting}{afbouw}{terug}\n\n" +
            $"De beschikking (kenmerk {besluit.Kenmerk}) staat als brief bij uw subsidie in Gemeenschapskracht.\n\n" +
            "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (Awb 6:7).", cancellationToken);
    }
}
