using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Gemeenschapskracht.Domain.Subsidies;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.RefuseSubsidieaanvraag;

/// <summary>Refuses the application with its ground (for example the plafond reached, Awb 4:25 lid 2); mailed with the bezwaarclausule.</summary>
[Authorize(Roles = SubsidieQueries.Behandelaars)]
public sealed record RefuseSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Grond { get; init; }
}

public sealed class RefuseSubsidieaanvraagValidator : AbstractValidator<RefuseSubsidieaanvraagCommand>
{
    public RefuseSubsidieaanvraagValidator() =>
        RuleFor(c => c.Grond).NotEmpty().WithMessage("Een weigering noemt haar grond.")
            .SafeText("de grond", multiline: true).MaximumLength(5000).WithMessage("De grond mag hoogstens 5000 tekens lang zijn.");
}

public sealed class RefuseSubsidieaanvraagHandler(IApplicationDbContext db, AanvraagMails mails, TimeProvider clock) : ICommandHandler<RefuseSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(RefuseSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.Set<Subsidieaanvraag>().VindAsync(command.Id, cancellationToken);
        var beschikking = aanvraag.Weiger(await db.Set<Subsidieregeling>().VindAsync(aanvraag.RegelingId, cancellationToken), command.Grond, clock.GetUtcNow());
        db.Set<Beschikking>().Add(beschikking);
        await db.SaveChangesAsync(cancellationToken);
        await mails.StuurBeschikkingAsync(aanvraag, beschikking, cancellationToken);
        return aanvraag.ToDto();
    }
}
