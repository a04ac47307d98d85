using System.Text.Json.Serialization;
using FluentValidation;
using Gemeenschapskracht.Application.Common.Interfaces;
using Gemeenschapskracht.Application.Common.Security;
using Gemeenschapskracht.Application.Common.Validation;
using Gemeenschapskracht.Application.Visitaties.Dtos;
using Gemeenschapskracht.Application.Visitaties.Shared;
using Gemeenschapskracht.Domain.Visitaties;
using Mediator;

namespace Gemeenschapskracht.Application.Visitaties.Commands.SubmitReactie;

/// <summary>The reviewed party's formal response to the draft report, within the response period; it is published with the final report.</summary>
[Authorize(Roles = VisitatieRollen.Gevisiteerden)]
public sealed record SubmitReactieCommand : ICommand<VisitatieDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    public required string Tekst { get; init; }
}

public sealed class SubmitReactieValidator : AbstractValidator<SubmitReactieCommand>
{
    public SubmitReactieValidator() =>
        RuleFor(c => c.Tekst).NotEmpty().WithMessage("Schrijf de reactie op het conceptrapport.")
            .SafeText("de reactie", multiline: true).MaximumLength(8000).WithMessage("De reactie is hoogstens 8000 tekens.");
}

public sealed class SubmitReactieHandler(IApplicationDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<SubmitReactieCommand, VisitatieDto>
{
    public async ValueTask<VisitatieDto> Handle(SubmitReactieCommand command, CancellationToken cancellationToken)
    {
        var visitatie = await db.Set<Visitatie>().VindAsync(command.Id, cancellationToken);
        VisitatieToegang.VereisGevisiteerde(user, visitatie);
        visitatie.GeefReactie(command.Tekst, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return visitatie.ToDto(VisitatieToegang.Kant(user, visitatie));
    }
}
