using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Uitdagingen.Dtos;
using Gemeenschapskracht.Application.Uitdagingen.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Organisaties;
using Gemeenschapskracht.Domain.Uitdagingen;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Gemeenschapskracht.Application.Uitdagingen.Commands.SubmitUitdaging;

/// <summary>
/// Submits a challenge under the uitdaagrecht: a bewonersorganisatie for its own organisation, or the gemeente on behalf
/// of an organisation or a group of residents with a contact. A task the verordening excludes is refused.
/// </summary>
[Authorize(Roles = UitdagingQueries.Indieners)]
public sealed record SubmitUitdagingCommand : ICommand<UitdagingDto>, IOrganisatieScoped
{
    /// <summary>The challenging organisation; null for a group of residents without one (submitted by the gemeente).</summary>
    public required Guid? OrganisatieId { get; init; }

    /// <summary>The group's name (published), or a group within the organisation.</summary>
    public required string? Groepsnaam { get; init; }

    /// <summary>The group's contact (never published).</summary>
    public required string? Contactnaam { get; init; }

    public required string? ContactEmail { get; init; }

    /// <summary>The task of the gemeente to take over.</summary>
    public required string Taak { get; init; }

    public required Guid? WijkId { get; init; }

    /// <summary>Why the residents can do it better.</summary>
    public required string Voorstel { get; init; }

    public required long BedragEurocent { get; init; }

    public required DateOnly Van { get; init; }

    public required DateOnly Tot { get; init; }

    // A group without an organisation is no organisation: a member acting for one cannot send it.
    Guid IOrganisatieScoped.OrganisatieId => OrganisatieId ?? Guid.Empty;
}

public sealed class SubmitUitdagingValidator : AbstractValidator<SubmitUitdagingCommand>
{
    public SubmitUitdagingValidator()
    {
        RuleFor(c => c.Groepsnaam).SafeText("de naam van de groep").MaximumLength(200).WithMessage("De naam van de groep mag hoogstens 200 tekens lang zijn.");
        RuleFor(c => c.Contactnaam).SafeText("de naam van de contactpersoon").MaximumLength(200).WithMessage("De naam van de contactpersoon mag hoogstens 200 tekens lang zijn.");
        RuleFor(c => c.ContactEmail).EmailAddress().WithMessage("Het e-mailadres van de contactpersoon is geen geldig e-mailadres.")
            .MaximumLength(254).WithMessage("Het e-mailadres mag hoogstens 254 tekens lang zijn.");
        RuleFor(c => c.Taak).RequiredText("de taak die u wilt overnemen", 300);
        RuleFor(c => c.Voorstel).NotEmpty().WithMessage("Beschrijf waarom u de taak beter zelf kunt doen.")
            .SafeText("het voorstel", multiline: true).MaximumLength(20000).WithMessage("Het voorstel mag hoogstens 20000 tekens lang zijn.");
        RuleFor(c => c.BedragEurocent).Eurocent("het gevraagde budget").GreaterThan(0).WithMessage("Het gevraagde budget is groter dan nul.");
        RuleFor(c => c.Tot).GreaterThan(c => c.Van).WithMessage("De periode eindigt na de begindatum.");
    }
}

public sealed class SubmitUitdagingHandler(IApplicationDbContext db, IEmailSender mail, TimeProvider clock) : ICommandHandler<SubmitUitdagingCommand, UitdagingDto>
{
    public async ValueTask<UitdagingDto> Handle(SubmitUitdagingCommand c, CancellationToken cancellationToken)
    {
        if (c.OrganisatieId is { } organisatie && !await db.Set<Organisatie>().AnyAsync(o => o.Id == organisatie, cancellationToken))
            throw new DomainException("De uitdager is geen organisatie in deze gemeente.");
        if (c.WijkId is { } wijk && !await db.Gebieden.AnyAsync(g => g.Id == wijk, cancellationToken))
            throw new DomainException("De wijk bestaat niet in deze gemeente.");
        var now = clock.GetUtcNow();
        var verordening = await db.GeldendeVerordeningAsync(now, cancellationToken);
        var uitdaging = new Uitdaging(verordening, c.OrganisatieId, c.Groepsnaam, c.Contactnaam, c.ContactEmail, c.Taak, c.WijkId, c.Voorstel,
            new Bedrag(c.BedragEurocent), c.Van, c.Tot, now);
        db.Set<Uitdaging>().Add(uitdaging);
        await db.SaveChangesAsync(cancellationToken);
        await db.MailUitdagerAsync(mail, uitdaging, $"Uw uitdaging is ontvangen ({uitdaging.Kenmerk})",
            $"Wij hebben uw uitdaging voor de taak '{uitdaging.Taak}' ontvangen. Uiterlijk {uitdaging.OntvankelijkheidUiterlijk:dd-MM-yyyy} " +
            $"laten wij u weten of wij haar in behandeling nemen ({verordening.Referentie}).", cancellationToken);
        return uitdaging.ToDto(await db.UitdagerAsync(uitdaging, cancellationToken), now);
    }
}
