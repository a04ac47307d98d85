using System.Net.Mail;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Domain.BuurtTops;

namespace Gemeenschapskracht.Application.BuurtTops.Shared;

/// <summary>The mails of the BuurtTop: invitations, confirmations with the unsubscribe link, a place from the waiting list.</summary>
public sealed class BuurtTopMails(IEmailSender mail, IAppLinks links, ICurrentTenant tenant)
{
    public string Pagina(Guid buurtTopId, string rest = "") =>
        links.Pagina($"/buurttops/{buurtTopId}{rest}{(rest.Contains('?') ? '&' : '?')}gemeente={Uri.EscapeDataString(tenant.Identifier ?? "")}");

    public Task UitnodigingAsync(BuurtTop b, string adres, CancellationToken ct) =>
        mail.SendAsync(adres, $"Uitnodiging: {b.Titel} op {b.Datum:dd-MM-yyyy}",
            $"Goedendag,\n\nU bent uitgenodigd voor de BuurtTop '{b.Titel}' op {b.Datum:dd-MM-yyyy}{Plek(b)}: " +
            "bewoners, ondernemers, professionals en ambtenaren praten samen over de toekomst van de wijk.\n" +
            $"Meld u aan (geen account nodig):\n{Pagina(b.Id, "/aanmelden")}\n", ct);

    public Task BevestigingAsync(BuurtTop b, Aanmelding a, string sleutel, CancellationToken ct) =>
        mail.SendAsync(a.Email!, a.Status == AanmeldingStatus.Wachtlijst ? $"Op de wachtlijst: {b.Titel}" : $"Aangemeld: {b.Titel}",
            $"Beste {a.Naam},\n\n" +
            (a.Status == AanmeldingStatus.Wachtlijst
                ? $"De BuurtTop '{b.Titel}' op {b.Datum:dd-MM-yyyy} is vol. U staat op de wachtlijst; komt er een plaats vrij, dan krijgt u bericht.\n"
                : $"U bent aangemeld voor de BuurtTop '{b.Titel}' op {b.Datum:dd-MM-yyyy}{Plek(b)}.\n") +
            $"\nWilt u zich afmelden? Dan worden uw naam en e-mailadres direct verwijderd:\n{Afmeldlink(b.Id, sleutel)}\n", ct);

    public Task VanWachtlijstAsync(BuurtTop b, Aanmelding a, CancellationToken ct) =>
        mail.SendAsync(a.Email!, $"Er is een plaats voor u: {b.Titel}",
            $"Beste {a.Naam},\n\nEr is een plaats vrijgekomen: u bent nu aangemeld voor de BuurtTop '{b.Titel}' op {b.Datum:dd-MM-yyyy}{Plek(b)}.\n" +
            "Afmelden kan met de link uit de eerste bevestiging.\n", ct);

    public string Afmeldlink(Guid buurtTopId, string sleutel) => Pagina(buurtTopId, $"/afmelden?sleutel={Uri.EscapeDataString(sleutel)}");

    private static string Plek(BuurtTop b) => b.Plek is { } plek ? $" in {plek}" : "";
}

public static class EmailRules
{
    /// <summary>A valid e-mail address: one @, a domain with a dot, no spaces; Dutch messages.</summary>
    public static IRuleBuilderOptions<T, string?> GeldigEmail<T>(this IRuleBuilderInitial<T, string?> rule) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Vul een e-mailadres in.")
            .MaximumLength(254).WithMessage("Het e-mailadres is te lang.")
            .Must(IsGeldig).WithMessage("Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.");

    public static bool IsGeldig(string? adres)
    {
        if (string.IsNullOrWhiteSpace(adres) || adres.Trim().Any(char.IsWhiteSpace) || adres.Any(char.IsControl))
            return false;
        var trimmed = adres.Trim();
        if (!MailAddress.TryCreate(trimmed, out var mail) || mail.Address != trimmed)
            return false;
        var domein = mail.Host;
        return domein.Contains('.') && !domein.StartsWith('.') && !domein.EndsWith('.') && trimmed.Count(c => c == '@') == 1;
    }
}
