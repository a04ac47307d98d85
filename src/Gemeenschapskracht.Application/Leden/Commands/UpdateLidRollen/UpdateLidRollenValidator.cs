using FluentValidation;
using Gemeenschapskracht.Application.Leden.Shared;

namespace Gemeenschapskracht.Application.Leden.Commands.UpdateLidRollen;

public sealed class UpdateLidRollenValidator : AbstractValidator<UpdateLidRollenCommand>
{
    public UpdateLidRollenValidator() => RuleFor(c => c.Rollen).GemeenteRollen();
}
