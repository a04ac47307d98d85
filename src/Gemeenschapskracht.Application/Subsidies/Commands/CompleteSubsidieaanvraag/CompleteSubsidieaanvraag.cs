using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Subsidies.Dtos;
using Gemeenschapskracht.Application.Subsidies.Shared;
using Mediator;

namespace Gemeenschapskracht.Application.Subsidies.Commands.CompleteSubsidieaanvraag;

/// <summary>The applicant completes the application with a revised plan; the beslistermijn runs again, extended by the days it stood still.</summary>
[Authorize(Roles = SubsidieQueries.Aanvragers)]
public sealed record CompleteSubsidieaanvraagCommand : ICommand<SubsidieaanvraagDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Plan { get; init; }
}

public sealed class CompleteSubsidieaanvraagValidator : AbstractValidator<CompleteSubsidieaanvraagCommand>
{
    public CompleteSubsidieaanvraagValidator() =>
        RuleFor(c => c.Plan).NotEmpty().WithMessage("Beschrijf in uw eigen woorden wat u wilt doen.")
            .SafeText("het plan", multiline: true).MaximumLength(20000).WithMessage("Het plan mag hoogstens 20000 tekens lang zijn.");
}

public sealed class CompleteSubsidieaanvraagHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<CompleteSubsidieaanvraagCommand, SubsidieaanvraagDto>
{
    public async ValueTask<SubsidieaanvraagDto> Handle(CompleteSubsidieaanvraagCommand command, CancellationToken cancellationToken)
    {
        var aanvraag = await db.EigenAanvraagAsync(user, command.Id, cancellationToken);
        aanvraag.VulAan(command.Plan, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return aanvraag.ToDto();
    }
}
