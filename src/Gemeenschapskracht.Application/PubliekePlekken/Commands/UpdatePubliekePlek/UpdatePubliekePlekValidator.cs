using FluentValidation;
using Gemeenschapskracht.Application.PubliekePlekken.Shared;

namespace Gemeenschapskracht.Application.PubliekePlekken.Commands.UpdatePubliekePlek;

public sealed class UpdatePubliekePlekValidator : AbstractValidator<UpdatePubliekePlekCommand>
{
    public UpdatePubliekePlekValidator() => this.AddPlekRules();
}
