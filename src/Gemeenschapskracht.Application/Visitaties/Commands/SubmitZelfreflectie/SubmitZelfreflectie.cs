using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.SubmitZelfreflectie;

/// <summary>The reviewed party's self-reflection (R6.3): what goes well, what does not, what it wants to learn; with it the conversations start.</summary>
[Authorize(Roles = VisitatieRollen.Gevisiteerden)]
public sealed record SubmitZelfreflectieCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Tekst { get; init; }
}

public sealed class SubmitZelfreflectieValidator : AbstractValidator<SubmitZelfreflectieCommand>
{
    public SubmitZelfreflectieValidator() =>
        RuleFor(c => c.Tekst).NotEmpty().WithMessage("Schrijf de zelfreflectie.")
            .SafeText("de zelfreflectie", multiline: true).MaximumLength(8000).WithMessage("De zelfreflectie is hoogstens 8000 tekens.");
}

public sealed class SubmitZelfreflectieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitZelfreflectieCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(SubmitZelfreflectieCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        VisitatieToegang.VereisGevisiteerde(user, visitatie);
        visitatie.LegZelfreflectieVast(command.Tekst, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(VisitatieToegang.Kant(user, visitatie));
    }
}
