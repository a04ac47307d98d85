using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Common;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.GrantSubsidieaanvraag;

/// <summary>
/// Grants the application from the regeling's plafond. Never above what remains (Awb 4:25 lid 2): the plafond's
/// remainder lives on the regeling, whose concurrency token turns a grant that lost a race into a 409 with nothing saved.
/// </summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record GrantSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required long BedragEurocent { get; init; }

    /// <summary>Why it is granted: how it meets the criteria, and the activities and obligations.</summary>
    public required string Motivering { get; init; }
}

public sealed class GrantSubsidieaanvraagValidator : AbstractValidator<GrantSubsidieaanvraagCommand>
{
    public GrantSubsidieaanvraagValidator()
    {
        RuleFor(c => c.BedragEurocent).Eurocent("het verleende bedrag");
        RuleFor(c => c.Motivering).NotEmpty().WithMessage("Motiveer de verlening.")
            .SafeText("de motivering", multiline: true).MaximumLength(5000).WithMessage("De motivering mag hoogstens 5000 tekens lang zijn.");
    }
}

public sealed class GrantSubsidieaanvraagHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<GrantSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(GrantSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        var regeling = await db.Set<Subsidieregeling>().VindAsync(aanvraag.RegelingId, cancellationToken);
        aanvraag.Verleen(regeling, new Bedrag(command.BedragEurocent), command.Motivering, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurAsync(aanvraag, $"Uw subsidieaanvraag is toegekend: {aanvraag.Besluit!.Bedrag}",
            $"Wij verlenen u {aanvraag.Besluit.Bedrag} voor {aanvraag.Van:dd-MM-yyyy} tot en met {aanvraag.Tot:dd-MM-yyyy}.\n\n{aanvraag.Besluit.Motivering}\n\n" +
            "Bent u het niet eens met dit besluit, dan kunt u binnen zes weken bezwaar maken (Awb 6:7).", cancellationToken);
        return aanvraag.ToDto();
    }
}
