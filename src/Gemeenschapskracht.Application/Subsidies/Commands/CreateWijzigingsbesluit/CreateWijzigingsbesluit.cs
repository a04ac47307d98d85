using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CreateWijzigingsbesluit;

/// <summary>
/// Withdraws or lowers a verlening (Awb 4:48, 4:50) or, once the subsidy is set, its vaststelling (4:49), on a named
/// ground with the facts; a subsidy of three years or more in a row is ended or lowered for the future only with a
/// phase-out term (4:51). A new beschikking with its own letter; the recipient is mailed.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record CreateWijzigingsbesluitCommand : ICommand<WijzigingsbesluitDto>
{
    public required Guid BeschikkingId { get; init; }

    public required Wijzigingsgrond Grond { get; init; }

    /// <summary>The new amount; nil withdraws the verlening or vaststelling.</summary>
    public required long NieuwBedragEurocent { get; init; }

    public required string Toelichting { get; init; }

    /// <summary>From when a verlening's change works: required and after today for 4:50; for 4:48 back to the verlening when left out.</summary>
    public DateOnly? Ingang { get; init; }

    /// <summary>Until when the phase-out runs (4:51), for a subsidy of three years or more lowered or ended under 4:50.</summary>
    public DateOnly? AfbouwTot { get; init; }

    /// <summary>For 4:49 lid 1 c: the day the obligation was breached after the vaststelling.</summary>
    public DateOnly? OvertredenOp { get; init; }
}

public sealed class CreateWijzigingsbesluitValidator : AbstractValidator<CreateWijzigingsbesluitCommand>
{
    public CreateWijzigingsbesluitValidator()
    {
        RuleFor(c => c.Grond).IsInEnum().WithMessage("Kies een grond uit artikel 4:48, 4:49 of 4:50 Awb.");
        RuleFor(c => c.NieuwBedragEurocent).Eurocent("het nieuwe bedrag");
        RuleFor(c => c.Toelichting).Cascade(CascadeMode.Stop)
            .Must(t => !Tekst.IsBlank(t)).WithMessage("Vul de toelichting in: welke feiten dragen de grond?")
            .SafeText("de toelichting", multiline: true).MaximumLength(5000).WithMessage("De toelichting mag hoogstens 5000 tekens lang zijn.");
    }
}

public sealed class CreateWijzigingsbesluitHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock)
    : ICommandHandler<CreateWijzigingsbesluitCommand, WijzigingsbesluitDto>
{
    public async ValueTask<WijzigingsbesluitDto> Handle(CreateWijzigingsbesluitCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var beschikking = await db.Set<Beschikking>().VindAsync(command.BeschikkingId, cancellationToken);
        var nieuw = new Bedrag(command.NieuwBedragEurocent);
        Wijzigingsbesluit besluit;
        if (Wijzigingsgronden.Betreft(command.Grond) == WijzigingBetreft.Vaststelling)
        {
            var vaststelling = beschikking.VaststellingId is { } id
                ? await db.Set<Vaststelling>().FirstAsync(v => v.Id == id, cancellationToken)
                : throw new DomainException($"De grond uit {Wijzigingsgronden.Artikel(command.Grond)} geldt voor een vaststelling; deze subsidie is nog niet vastgesteld (wijzig de verlening, artikel 4:48 Awb).");
            besluit = vaststelling.Wijzig(beschikking, command.Grond, nieuw, command.Toelichting, command.OvertredenOp, now);
        }
        else
        {
            // 4:51 counts the years subsidised up to the one in which the lower amount takes effect.
            var afbouwVereist = await db.AfbouwVereistAsync(beschikking.OrganisatieId, (command.Ingang ?? Kalender.Dag(now)).Year, cancellationToken);
            besluit = beschikking.WijzigVerlening(command.Grond, nieuw, command.Toelichting, command.Ingang, command.AfbouwTot, afbouwVereist, now);
        }
        db.Set<Wijzigingsbesluit>().Add(besluit);
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurWijzigingAsync(beschikking, besluit, cancellationToken);
        return besluit.ToDto();
    }
}
