using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Notifications;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Declaraties.Dtos;
using Gemeenschapskracht.Application.Declaraties.Shared;
using Gemeenschapskracht.Application.Opdrachtovereenkomsten.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Declaraties;
using Mediator;

namespace Gemeenschapskracht.Application.Opdrachtovereenkomsten.Commands.RecordOpdrachtfactuur;

/// <summary>
/// A zzp'er's invoice under a contract, recorded with its file (PDF or photo) by the host's back office or a member of
/// the group: checked against the contract (R5.5), then submitted at once as a declaratie, to be approved with four
/// eyes and paid in a batch like any other. Sent as a form (multipart/form-data).
/// </summary>
[Authorize(Roles = DeclaratieQueries.Indieners)]
public sealed record RecordOpdrachtfactuurCommand : ICommand<DeclaratieDto>
{
    public required Guid OpdrachtovereenkomstId { get; init; }

    public required string Factuurnummer { get; init; }

    public required DateOnly Factuurdatum { get; init; }

    public required DateOnly PeriodeVan { get; init; }

    public required DateOnly PeriodeTot { get; init; }

    public required decimal Uren { get; init; }

    public required long BedragExclusiefEurocent { get; init; }

    public required long BtwEurocent { get; init; }

    public required string BestandNaam { get; init; }

    public required byte[] Bestand { get; init; }
}

public sealed class RecordOpdrachtfactuurValidator : AbstractValidator<RecordOpdrachtfactuurCommand>
{
    public RecordOpdrachtfactuurValidator()
    {
        RuleFor(c => c.Factuurnummer).RequiredText("het factuurnummer", 40);
        RuleFor(c => c.Uren).GreaterThan(0).WithMessage("Het aantal uren van de factuur is groter dan nul.");
        RuleFor(c => c.BedragExclusiefEurocent).GreaterThan(0).WithMessage("Het bedrag zonder btw is groter dan nul.").Eurocent("het bedrag zonder btw");
        RuleFor(c => c.BtwEurocent).GreaterThanOrEqualTo(0).WithMessage("De btw is nul of meer.").Eurocent("de btw");
        RuleFor(c => c.PeriodeTot).GreaterThanOrEqualTo(c => c.PeriodeVan).WithMessage("De gefactureerde periode eindigt op of na haar begin.");
        RuleFor(c => c.Bestand).NotEmpty().WithMessage("Voeg de factuur toe (een PDF of foto).");
    }
}

public sealed class RecordOpdrachtfactuurHandler(IApplicationDbContext db, ICurrentUser user, IBestandsopslag opslag, Ontvangers ontvangers, IEmailSender mail,
    IAppLinks links, TimeProvider clock) : ICommandHandler<RecordOpdrachtfactuurCommand, DeclaratieDto>
{
    public async ValueTask<DeclaratieDto> Handle(RecordOpdrachtfactuurCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var opdracht = await db.ZichtbareOpdrachten(user).VindAsync(command.OpdrachtovereenkomstId, cancellationToken);
        var administratie = await db.IndienbareAdministratieAsync(user, opdracht.AdministratieId, cancellationToken);
        var eerder = await db.FactuurdeclaratiesAsync([opdracht.Id], cancellationToken);
        var factuur = new Zzpfactuur(command.Factuurnummer, command.Factuurdatum, command.PeriodeVan, command.PeriodeTot, command.Uren,
            new Bedrag(command.BedragExclusiefEurocent), new Bedrag(command.BtwEurocent));
        var declaratie = Declaratie.VoorFactuur(administratie, await db.VolgendNummerAsync(administratie.Id, cancellationToken), opdracht, factuur, eerder.Geldend(),
            eerder.Select(d => d.Factuur!.Factuurnummer).ToList(), user.Actor(), user.Weergavenaam, now);
        var bestand = Bonnetje.Van(declaratie.Id, command.BestandNaam, command.Bestand, now);
        declaratie.VervangBonnetje(bestand, now);
        declaratie.DienIn((await db.HostVanAsync(administratie.HostOrganisatieId, cancellationToken)).VierOgenDrempel, user.Weergavenaam, now);
        await opslag.SchrijfAsync(bestand.Sleutel, command.Bestand, bestand.ContentType, cancellationToken);
        db.Set<Declaratie>().Add(declaratie);
        await db.SaveChangesAsync(cancellationToken);
        await new DeclaratieMeldingen(ontvangers, mail, links).IngediendAsync(declaratie, cancellationToken);
        return await db.ToDtoAsync(user, declaratie, cancellationToken);
    }
}
